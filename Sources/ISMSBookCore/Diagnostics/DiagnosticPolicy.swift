/// How a run records diagnostics: with `--strict`, every warning is recorded as an error, so the
/// outputs, the counts and the exit status all agree.
///
/// The pipeline's ``DiagnosticCollector`` and the sinks that raise diagnostics of their own while
/// writing (a cell cut at Excel's limit) apply the same policy, which travels to the sinks in the
/// ``BuildReport``.
public struct DiagnosticPolicy: Sendable, Hashable {
    /// Whether warnings are recorded as errors.
    public var treatsWarningsAsErrors: Bool

    /// Creates a policy.
    public init(treatsWarningsAsErrors: Bool = false) {
        self.treatsWarningsAsErrors = treatsWarningsAsErrors
    }

    /// The diagnostic as the run records it.
    public func applied(to diagnostic: Diagnostic) -> Diagnostic {
        guard treatsWarningsAsErrors, diagnostic.severity == .warning else { return diagnostic }
        var raised = diagnostic
        raised.severity = .error
        return raised
    }
}
