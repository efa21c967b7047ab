import Foundation

/// Whether two paths name the same file (after resolving `..`, symbolic links, and hard links).
enum SamePathCheck {
    static func isSameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        if stat(first, &a) == 0, stat(second, &b) == 0 { return a.st_dev == b.st_dev && a.st_ino == b.st_ino }
        let resolvedFirst = URL(fileURLWithPath: first).standardizedFileURL.resolvingSymlinksInPath().path
        let resolvedSecond = URL(fileURLWithPath: second).standardizedFileURL.resolvingSymlinksInPath().path
        return resolvedFirst == resolvedSecond
    }
}
