/// Finds the departments in a batch's input folder.
///
/// The rule, documented in the README:
/// - each sub-folder is a department, named after the folder; inside it, a file whose name starts
///   with `assets`, `asset`, `資産` or `情報資産` is an asset register, one that starts with `risks`,
///   `risk` or `リスク` is a risk register (compared after NFKC and case folding; `.csv`, `.tsv` and
///   `.txt` files, and `.xlsx` workbooks);
/// - a file directly in the folder named `DEPT_assets.csv`, `DEPT_資産….csv`, `DEPT_risks.csv` or
///   `DEPT_リスク….csv` belongs to department `DEPT`;
/// - hidden files and folders (starting with `.`) are ignored; other files are reported as not
///   recognised, and a department folder without a register is reported, never skipped silently.
///
/// Everything is sorted by name, so the result does not depend on the order the file system lists
/// entries in.
public enum BatchDiscovery {
    /// An entry of a folder listing.
    public struct Entry: Sendable, Hashable {
        /// The entry's name.
        public var name: String
        /// Whether it is a folder.
        public var isFolder: Bool

        /// Creates an entry.
        public init(name: String, isFolder: Bool) {
            self.name = name
            self.isFolder = isFolder
        }
    }

    /// What was found.
    public struct Result: Sendable, Equatable {
        /// The departments, sorted by name; some may have no registers.
        public var departments: [Department]
        /// Files that are neither a register nor hidden, with the reason.
        public var ignored: [String]
    }

    /// Discovers departments.
    ///
    /// - Parameters:
    ///   - root: the input folder's path, used to build file paths.
    ///   - entries: the listing of `root`.
    ///   - listing: lists a department folder by its path.
    public static func discover(root: String, entries: [Entry], listing: (String) throws -> [Entry]) rethrows -> Result {
        var departments: [String: Department] = [:]
        var ignored: [String] = []
        let prefix = root.hasSuffix("/") ? root : root + "/"
        for entry in entries.sorted(by: { $0.name < $1.name }) where !entry.name.hasPrefix(".") {
            let path = prefix + entry.name
            if entry.isFolder {
                var department = departments[entry.name] ?? Department(name: entry.name)
                for file in try listing(path).sorted(by: { $0.name < $1.name }) where !file.isFolder && !file.name.hasPrefix(".") {
                    switch kind(ofFileNamed: file.name) {
                    case .assets?: department.assetFiles.append(path + "/" + file.name)
                    case .risks?: department.riskFiles.append(path + "/" + file.name)
                    case .soa?, .suppliers?, .laws?, .auditors?, nil: ignored.append(path + "/" + file.name)
                    }
                }
                departments[entry.name] = department
                continue
            }
            guard let separator = entry.name.lastIndex(of: "_"), separator > entry.name.startIndex,
                let kind = kind(ofFileNamed: String(entry.name[entry.name.index(after: separator)...]))
            else {
                ignored.append(path)
                continue
            }
            let name = String(entry.name[..<separator])
            var department = departments[name] ?? Department(name: name)
            if kind == .assets { department.assetFiles.append(path) } else { department.riskFiles.append(path) }
            departments[name] = department
        }
        let sorted = departments.values.sorted { $0.name < $1.name }.map { department -> Department in
            var department = department
            department.assetFiles.sort()
            department.riskFiles.sort()
            return department
        }
        return Result(departments: sorted, ignored: ignored)
    }

    /// Which register a file holds, judged by its name.
    public static func kind(ofFileNamed name: String) -> RegisterKind? {
        let key = TextNormaliser.normalise(name).lowercased()
        guard let dot = key.lastIndex(of: "."), registerExtensions.contains(String(key[key.index(after: dot)...])) else {
            return nil
        }
        if assetPrefixes.contains(where: key.hasPrefix) { return .assets }
        if riskPrefixes.contains(where: key.hasPrefix) { return .risks }
        return nil
    }

    /// The file extensions read as registers.
    public static let registerExtensions: Set<String> = ["csv", "tsv", "txt", "xlsx"]
    private static let assetPrefixes = ["assets", "asset", "資産", "情報資産"]
    private static let riskPrefixes = ["risks", "risk", "リスク"]
}
