/// Collects the diagnostics of a run, in the order they are found, and counts them.
///
/// A collector belongs to the thread that runs the pipeline: it is deliberately not `Sendable`.
/// Sinks that write on a thread of their own never touch it; they hand the diagnostics they raise
/// back from ``RegisterSink/finish(_:)``, and the pipeline records them here after the sink has
/// finished, so nothing is lost or counted twice and the order does not depend on scheduling.
public final class DiagnosticCollector {
    /// Everything reported so far, in order.
    public private(set) var diagnostics: [Diagnostic] = []
    /// How diagnostics are recorded (`--strict`).
    public let policy: DiagnosticPolicy
    /// Called for each diagnostic as it is recorded, e.g. to print it to stderr at once.
    public var onDiagnostic: ((Diagnostic) -> Void)?

    /// The number of errors recorded.
    public private(set) var errorCount = 0
    /// The number of warnings recorded.
    public private(set) var warningCount = 0

    /// Creates an empty collector; with `treatWarningsAsErrors` (the CLI's `--strict`), every
    /// warning is recorded as an error.
    public init(treatWarningsAsErrors: Bool = false, onDiagnostic: ((Diagnostic) -> Void)? = nil) {
        policy = DiagnosticPolicy(treatsWarningsAsErrors: treatWarningsAsErrors)
        self.onDiagnostic = onDiagnostic
    }

    /// Whether warnings are recorded as errors.
    public var treatWarningsAsErrors: Bool { policy.treatsWarningsAsErrors }

    /// Whether any error has been recorded.
    public var hasErrors: Bool { errorCount > 0 }

    /// Records a diagnostic and returns it as recorded (with its severity raised under `--strict`).
    @discardableResult
    public func report(_ diagnostic: Diagnostic) -> Diagnostic {
        let diagnostic = policy.applied(to: diagnostic)
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
