import ArgumentParser
import Foundation
import ISMSBookCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The documented exit statuses, and the clean-up that keeps them honest on Ctrl-C.
enum ExitStatus {
    /// Inputs had errors; outputs were still written, with the errors marked.
    static let inputErrors = ExitCode(1)
    /// A usage error, or an input that cannot be read at all.
    static let usage = ExitCode(2)
    /// An output could not be written.
    static let outputFailed = ExitCode(3)

    /// Throws the exit status of a batch's or a merge's verdict, unless it is fine.
    static func check(_ verdict: BatchVerdict) throws {
        switch verdict {
        case .fine: return
        case .inputProblems: throw inputErrors
        case .outputFailed: throw outputFailed
        }
    }
}

/// Writes to standard error without buffering surprises.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Whether standard error is a terminal (for colour and progress).
    static var isTerminal: Bool {
        isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}
