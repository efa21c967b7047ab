import Foundation

/// Reads a JSON Lines file a megabyte at a time and hands over each line's bytes with its number.
public enum JSONLinesFile {
    /// Calls `body` with each non-empty line of `path` and its 1-based line number.
    ///
    /// - Throws: ``InputError`` when the file cannot be read; whatever `body` throws.
    public static func forEachLine(_ path: String, _ body: (Data, Int) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(file: path, message: "cannot read the file")
        }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        var number = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(contentsOf: chunk)
            var start = 0
            while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                number += 1
                if newline > start { try body(Data(pending[start..<newline]), number) }
                start = newline + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { try body(Data(pending), number + 1) }
    }
}
