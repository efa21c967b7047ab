import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An output file written under a temporary name in its own folder, then renamed into place, so a
/// failed or interrupted run never leaves half a file and never touches an existing one.
final class AtomicOutput {
    /// The final path.
    let path: String
    /// The temporary path being written.
    let temporaryPath: String
    private var isFinished = false
    private var slot: Int?

    /// Reserves a temporary name next to `path`.
    ///
    /// - Throws: ``OutputError`` when the folder does not exist or is not a folder.
    init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OutputError(path: path, message: "the folder \(folder) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw OutputError(path: path, message: "is a directory")
        }
        temporaryPath = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        slot = TemporaryFiles.register(temporaryPath)
    }

    /// The folder the output goes in, for libxlsxwriter's own temporary files.
    var folder: String { URL(fileURLWithPath: path).deletingLastPathComponent().path }

    /// Renames the temporary file into place.
    func commit() throws {
        guard rename(temporaryPath, path) == 0 else {
            let message = String(cString: strerror(errno))
            discard()
            throw OutputError(path: path, message: "cannot move the finished file into place: \(message)")
        }
        isFinished = true
        TemporaryFiles.release(slot)
    }

    /// Removes the temporary file, if any.
    func discard() {
        unlink(temporaryPath)
        isFinished = true
        TemporaryFiles.release(slot)
    }

    deinit {
        if !isFinished { discard() }
    }
}

/// An output that cannot be written (exit status 3).
struct OutputError: Error, CustomStringConvertible {
    var path: String
    var message: String
    var description: String { "\(path): error: \(message)" }

    /// Runs `body`; an `OutputError` it throws is printed and becomes exit status 3.
    static func reported<Value>(_ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as OutputError {
            StandardError.write("\(error)\n")
            throw ExitStatus.outputFailed
        }
    }
}
