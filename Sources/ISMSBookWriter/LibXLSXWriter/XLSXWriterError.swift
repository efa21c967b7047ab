import CXLSXWriter

/// Writing a workbook failed: the reason, what was being done, and a message for people.
public struct XLSXWriterError: Error, CustomStringConvertible, Sendable {
    /// Why it failed.
    public enum Reason: Sendable, Equatable {
        /// libxlsxwriter returned this `lxw_error` code (its message is ``XLSXWriterError/message``).
        case libxlsxwriter(code: UInt32)
        /// libxlsxwriter returned no object where one was asked for (a workbook that cannot be
        /// created, a sheet, format or chart it could not allocate).
        case notCreated
        /// The workbook, or a sheet or chart of it, was used after ``Workbook/close()``.
        case usedAfterClose
        /// A sink was finished without having begun.
        case notBegun
    }

    /// Why it failed.
    public let reason: Reason
    /// What was being done.
    public let operation: String
    /// What went wrong, for people: libxlsxwriter's own description of its code (`lxw_strerror`),
    /// or ours.
    public let message: String

    /// A libxlsxwriter error code.
    init(_ error: lxw_error, operation: String) {
        reason = .libxlsxwriter(code: error.rawValue)
        self.operation = operation
        message = String(cString: lxw_strerror(error))
    }

    /// A failure of ours, or a call that returned no object.
    init(_ reason: Reason, operation: String, message: String) {
        self.reason = reason
        self.operation = operation
        self.message = message
    }

    public var description: String { "\(operation): \(message)" }

    /// Throws unless `error` is `LXW_NO_ERROR`.
    static func check(_ error: lxw_error, _ operation: @autoclosure () -> String) throws {
        guard error == LXW_NO_ERROR else { throw XLSXWriterError(error, operation: operation()) }
    }

    /// The error for a sink finished before it began.
    static func notBegun(_ operation: String) -> XLSXWriterError {
        XLSXWriterError(.notBegun, operation: operation, message: "begin() was not called")
    }
}
