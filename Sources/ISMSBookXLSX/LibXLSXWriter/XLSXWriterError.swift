import CXLSXWriter

/// A libxlsxwriter call that failed, with the library's own message.
public struct XLSXWriterError: Error, CustomStringConvertible, Sendable {
    /// The `lxw_error` code.
    public let code: UInt32
    /// What was being done.
    public let operation: String
    /// libxlsxwriter's description of the code (`lxw_strerror`).
    public let message: String

    init(_ error: lxw_error, operation: String) {
        code = error.rawValue
        self.operation = operation
        message = String(cString: lxw_strerror(error))
    }

    init(operation: String, message: String) {
        code = 0
        self.operation = operation
        self.message = message
    }

    public var description: String { "\(operation): \(message)" }

    /// Throws unless `error` is `LXW_NO_ERROR`.
    static func check(_ error: lxw_error, _ operation: @autoclosure () -> String) throws {
        guard error == LXW_NO_ERROR else { throw XLSXWriterError(error, operation: operation()) }
    }
}
