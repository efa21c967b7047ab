import Foundation

/// A buffered UTF-8 writer to standard output or a file.
final class TextOutput {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let ownsHandle: Bool

    /// Writes to standard output.
    init() {
        handle = .standardOutput
        ownsHandle = false
    }

    /// Creates (or truncates) `path` and writes to it.
    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw OutputError(path: path, message: "cannot create the file") }
        self.handle = handle
        ownsHandle = true
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw OutputError(path: ownsHandle ? "output" : "stdout", message: "write failed: \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try flush()
        if ownsHandle { try? handle.close() }
    }
}
