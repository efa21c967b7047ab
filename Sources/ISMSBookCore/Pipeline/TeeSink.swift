/// Hands every record to several sinks, in order: a batch department's workbook and its
/// normalised JSON Lines copy are written in one pass over the registers.
public final class TeeSink: RegisterSink {
    private let sinks: [any RegisterSink]

    /// Creates a sink that forwards to `sinks`.
    public init(_ sinks: [any RegisterSink]) {
        self.sinks = sinks
    }

    public func begin(_ layout: RegisterLayout) throws { for sink in sinks { try sink.begin(layout) } }
    public func write(_ asset: AssetRecord) throws { for sink in sinks { try sink.write(asset) } }
    public func write(_ risk: RiskRecord) throws { for sink in sinks { try sink.write(risk) } }
    public func finish(_ report: BuildReport) throws -> SinkOutcome {
        try sinks.reduce(SinkOutcome()) { outcome, sink in outcome.combined(with: try sink.finish(report)) }
    }
}
