import ArgumentParser
import Foundation
import ISMSBookCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The documented exit statuses, and the one place where a run's outcome becomes one: a report
/// with errors is 1, an input that cannot be read is 2, an output that cannot be written is 3.
enum ExitStatus {
    /// Inputs had errors; outputs were still written, with the errors marked.
    static let inputErrors = ExitCode(1)
    /// A usage error, or an input that cannot be read at all.
    static let usage = ExitCode(2)
    /// An output could not be written.
    static let outputFailed = ExitCode(3)

    /// Throws 1 when the run found input errors (the outputs are written all the same).
    static func check(_ report: BuildReport) throws {
        if report.errorCount > 0 { throw inputErrors }
    }

    /// The status of a run that stopped: 2 for an input that cannot be read, 3 for an output
    /// that cannot be written (and for anything else that stopped the writing).
    static func of(_ error: any Error) -> ExitCode {
        switch error {
        case is InputError: usage
        case let code as ExitCode: code
        default: outputFailed
        }
    }

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
