import Foundation

/// A folder under the system's temporary directory, removed when the value is released.
public final class TemporaryFolder {
    /// The folder.
    public let url: URL

    /// Creates an empty folder.
    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ismsbook-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` to a file in the folder and returns its path.
    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) throws -> String {
        let path = url.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes `text` in an encoding (UTF-8 by default) and returns the path.
    @discardableResult
    public func write(_ name: String, text: String, encoding: String.Encoding = .utf8, bom: [UInt8] = []) throws -> String {
        guard let data = text.data(using: encoding, allowLossyConversion: false) else {
            throw CocoaError(.fileWriteInapplicableStringEncoding)
        }
        return try write(name, bytes: bom + Array(data))
    }
}
