import Foundation
import ZIPFoundation

/// The parts of an Open Packaging (XLSX) file, unzipped by ZIPFoundation, by their path in the
/// package (`xl/worksheets/sheet1.xml`).
public enum PackageParts {
    /// Every entry of the zip file at `path`, uncompressed.
    public static func read(_ path: String) throws -> [String: Data] {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            parts[entry.path] = data
        }
        return parts
    }
}
