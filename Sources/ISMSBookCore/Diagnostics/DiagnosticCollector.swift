/// Collects the diagnostics of a run, in the order they are found, and counts them.
///
/// With `treatWarningsAsErrors` (the CLI's `--strict`), every warning is recorded as an error, so
/// the outputs, the counts and the exit status all agree.
public final class DiagnosticCollector {
    /// Everything reported so far, in order.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Whether warnings are recorded as errors.
    public let treatWarningsAsErrors: Bool
    /// Called for each diagnostic as it is recorded, e.g. to print it to stderr at once.
    public var onDiagnostic: ((Diagnostic) -> Void)?

    /// The number of errors recorded.
    public private(set) var errorCount = 0
    /// The number of warnings recorded.
    public private(set) var warningCount = 0

    /// Creates an empty collector.
    public init(treatWarningsAsErrors: Bool = false, onDiagnostic: ((Diagnostic) -> Void)? = nil) {
        self.treatWarningsAsErrors = treatWarningsAsErrors
        self.onDiagnostic = onDiagnostic
    }

    /// Whether any error has been recorded.
    public var hasErrors: Bool { errorCount > 0 }

    /// Records a diagnostic and returns it as recorded (with its severity raised under `--strict`).
    @discardableResult
    public func report(_ diagnostic: Diagnostic) -> Diagnostic {
        var diagnostic = diagnostic
        if treatWarningsAsErrors { diagnostic.severity = .error }
        switch diagnostic.severity {
        case .error: errorCount += 1
        case .warning: warningCount += 1
        }
        diagnostics.append(diagnostic)
        onDiagnostic?(diagnostic)
        return diagnostic
    }

    /// Records several diagnostics and returns them as recorded.
    @discardableResult
    public func report(_ list: [Diagnostic]) -> [Diagnostic] {
        list.map { report($0) }
    }
}
