/// What a ``RegisterSink`` hands back when it has finished.
public struct SinkOutcome: Sendable {
    /// The diagnostics the sink raised itself while writing (a cell cut at Excel's limit, a
    /// register continued on another sheet), in the order raised, recorded under the report's
    /// ``DiagnosticPolicy``. They are already in the sink's own outputs (the 検証結果 sheet);
    /// the pipeline adds them to the run's diagnostics, counts and exit status.
    public var diagnostics: [Diagnostic]
    /// Seconds spent packaging the file after the last record (libxlsxwriter compressing and
    /// zipping a workbook); zero for sinks that package nothing.
    public var packagingSeconds: Double

    /// Creates an outcome.
    public init(diagnostics: [Diagnostic] = [], packagingSeconds: Double = 0) {
        self.diagnostics = diagnostics
        self.packagingSeconds = packagingSeconds
    }

    /// Two outcomes as one: the diagnostics in order, the packaging times added.
    public func combined(with other: SinkOutcome) -> SinkOutcome {
        SinkOutcome(diagnostics: diagnostics + other.diagnostics, packagingSeconds: packagingSeconds + other.packagingSeconds)
    }
}
