import Foundation

/// Whether two paths name the same file (after resolving `..`, symbolic links and hard links).
enum SamePathCheck {
    static func isSameFile(_ first: String, _ second: String) -> Bool {
        let manager = FileManager.default
        if let a = try? manager.attributesOfItem(atPath: first), let b = try? manager.attributesOfItem(atPath: second),
            let deviceA = a[.systemNumber] as? NSNumber, let deviceB = b[.systemNumber] as? NSNumber,
            let inodeA = a[.systemFileNumber] as? NSNumber, let inodeB = b[.systemFileNumber] as? NSNumber
        {
            return deviceA == deviceB && inodeA == inodeB
        }
        let resolvedFirst = URL(fileURLWithPath: first).standardizedFileURL.resolvingSymlinksInPath().path
        let resolvedSecond = URL(fileURLWithPath: second).standardizedFileURL.resolvingSymlinksInPath().path
        return resolvedFirst == resolvedSecond
    }
}
