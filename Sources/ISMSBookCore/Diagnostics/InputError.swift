/// A problem that stops the run before any output is written: the input cannot be read at all.
///
/// The CLI prints it as `FILE: error: message` and exits with status 2.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// The file concerned.
    public var file: String
    /// What went wrong.
    public var message: String

    /// Creates an input error.
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): error: \(message)" }
}
