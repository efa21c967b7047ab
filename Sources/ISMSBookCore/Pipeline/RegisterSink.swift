/// Receives the registers as ``RegisterPipeline`` reads them: the workbook writer, the JSON Lines
/// writer of `normalize`, or nothing at all for `validate`.
///
/// Calls come in a fixed order: ``begin(_:)`` once, every asset, every risk, ``finish(_:)`` once.
/// Records are handed over one at a time and not kept by the pipeline, so a sink that streams them
/// out keeps memory flat.
public protocol RegisterSink: AnyObject {
    /// The registers' shape is known: the extra columns of both registers and the profile.
    func begin(_ layout: RegisterLayout) throws
    /// One asset, normalised and checked.
    func write(_ asset: AssetRecord) throws
    /// One risk, normalised, scored and checked.
    func write(_ risk: RiskRecord) throws
    /// Everything has been read; the report has the counts and every diagnostic found while
    /// reading. Returns what the sink raised itself while writing, which the pipeline then adds to
    /// the run's diagnostics.
    func finish(_ report: BuildReport) throws -> SinkOutcome
}

/// The shape of the registers, known before the first row.
public struct RegisterLayout: Sendable {
    /// The asset register's extra columns: the union over all asset files, in first-seen order.
    public var assetExtraColumns: [String]
    /// The risk register's extra columns.
    public var riskExtraColumns: [String]
    /// The scoring profile.
    public var profile: ScoringProfile
    /// The binder's sheets (SoA, suppliers, laws, audit checklist), none by default.
    public var binder: BinderLayout
    /// The risk-register fields any risk file has a column for (some rules depend on a column
    /// being there at all: see ``RiskField/columnsThatChangeRules``).
    public var riskColumns: Set<RiskField> = []

    /// The most extra columns a register sheet has room for: a sheet holds 16,384 columns, and
    /// ismsbook's own take 32 at most.
    public static let maximumExtraColumns = 16_384 - 32

    /// Creates a layout.
    public init(
        assetExtraColumns: [String], riskExtraColumns: [String], profile: ScoringProfile, binder: BinderLayout = BinderLayout()
    ) {
        self.assetExtraColumns = assetExtraColumns
        self.riskExtraColumns = riskExtraColumns
        self.profile = profile
        self.binder = binder
    }
}

/// A sink that discards everything (`validate`).
public final class DiscardingSink: RegisterSink {
    /// Creates a sink.
    public init() {}
    public func begin(_ layout: RegisterLayout) throws {}
    public func write(_ asset: AssetRecord) throws {}
    public func write(_ risk: RiskRecord) throws {}
    public func finish(_ report: BuildReport) throws -> SinkOutcome { SinkOutcome() }
}
