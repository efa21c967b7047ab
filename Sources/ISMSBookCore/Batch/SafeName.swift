/// Turns department names into safe file names and valid sheet names.
public enum SafeName {
    /// A file name for `name` that stays inside its folder and is valid on Windows, macOS and
    /// Linux: path separators, `:`, `*`, `?`, `"`, `<`, `>`, `|` and control characters become `_`,
    /// leading dots and spaces are dropped (no `..`, no hidden files), and it is cut to 100
    /// characters. An empty result is `_`.
    public static func fileName(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if forbiddenInFileNames.contains(scalar) || scalar.value < 0x20 || scalar.value == 0x7F {
                scalars.append("_")
            } else {
                scalars.append(scalar)
            }
        }
        var result = String(scalars)
        while let first = result.first, first == "." || first == " " { result.removeFirst() }
        while let last = result.last, last == "." || last == " " { result.removeLast() }
        result = String(result.prefix(100))
        if reservedOnWindows.contains(result.uppercased()) { result = "_" + result }
        return result.isEmpty ? "_" : result
    }

    /// A valid Excel sheet name: at most 31 characters, none of `[]:*?/\`, not starting or ending
    /// with `'`, not empty, and not `History` (reserved by Excel).
    public static func sheetName(_ name: String) -> String {
        var result = String(String.UnicodeScalarView(name.unicodeScalars.map {
            forbiddenInSheetNames.contains($0) || $0.value < 0x20 ? "_" : $0
        }))
        while result.hasPrefix("'") { result.removeFirst() }
        result = String(result.prefix(31))
        while result.hasSuffix("'") { result.removeLast() }
        if result.isEmpty || result.lowercased() == "history" { result = "_" + result }
        return result
    }

    /// Makes names unique, case-insensitively (as both Excel and some file systems compare them),
    /// by adding ` (2)`, ` (3)` … while keeping each within `limit` characters.
    public static func unique(_ names: [String], limit: Int = 100) -> [String] {
        var seen = Set<String>()
        return names.map { name in
            var candidate = name
            var number = 2
            while seen.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = String(name.prefix(limit - suffix.count)) + suffix
                number += 1
            }
            seen.insert(candidate.lowercased())
            return candidate
        }
    }

    private static let forbiddenInFileNames: Set<Unicode.Scalar> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
    private static let forbiddenInSheetNames: Set<Unicode.Scalar> = ["[", "]", ":", "*", "?", "/", "\\"]
    private static let reservedOnWindows = Set(["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })
}
