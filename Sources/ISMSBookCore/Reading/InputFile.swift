import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file opened for reading in chunks, hashing every byte as it goes.
///
/// Registers can be hundreds of megabytes; they are never read whole. The SHA-256 of the file,
/// shown on the Summary sheet, is ready once the last chunk has been read.
final class InputFile {
    /// The path as the user gave it.
    let path: String
    private let descriptor: Int32
    private let hasher = SHA256Hasher()
    private(set) var byteCount = 0
    private(set) var isAtEnd = false
    private var digestHex: String?

    static let chunkSize = 1 << 20

    /// Opens `path`, refusing directories and anything that cannot be opened.
    init(path: String) throws {
        self.path = path
        try Self.checkIsRegularFile(path)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw InputError(file: path, message: Self.describeErrno(errno, for: path)) }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Refuses directories, named pipes and devices before anything opens them: opening a named
    /// pipe waits for a writer, possibly for ever. A path that does not exist passes, for `open`
    /// to report.
    static func checkIsRegularFile(_ path: String) throws {
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw InputError(file: path, message: "is a directory, not a register file")
        case S_IFIFO: throw InputError(file: path, message: "is a named pipe (FIFO), not a file; save the data to a file first")
        default: throw InputError(file: path, message: "is not a regular file")
        }
    }

    /// Reads the next chunk; an empty array means the end of the file.
    func readChunk() throws -> [UInt8] {
        if isAtEnd { return [] }
        var buffer = [UInt8](repeating: 0, count: Self.chunkSize)
        var filled = 0
        // A FIFO or a slow disk may return short reads; fill the chunk unless the file ends.
        while filled < Self.chunkSize {
            let count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + filled, Self.chunkSize - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(file: path, message: "read failed: \(String(cString: strerror(errno)))")
            }
            if count == 0 {
                isAtEnd = true
                break
            }
            filled += count
        }
        buffer.removeSubrange(filled...)
        hasher.update(buffer)
        byteCount += filled
        return buffer
    }

    /// The lowercase hex SHA-256 of the whole file; valid once ``isAtEnd``.
    var sha256: String {
        if let digestHex { return digestHex }
        let hex = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        digestHex = hex
        return hex
    }

    static func describeErrno(_ code: Int32, for path: String) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES: "permission denied"
        case EISDIR: "is a directory, not a register file"
        default: String(cString: strerror(code))
        }
    }
}

extension InputFile {
    /// The SHA-256 and size of a whole file, read a chunk at a time.
    static func digest(of path: String) throws -> (sha256: String, byteCount: Int) {
        let file = try InputFile(path: path)
        while !(try file.readChunk()).isEmpty {}
        return (file.sha256, file.byteCount)
    }
}

/// File existence, for splitting `file#sheet` paths.
enum FileManagerLike {
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}
