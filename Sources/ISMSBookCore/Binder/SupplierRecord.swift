/// One row of the supplier register (委託先管理台帳), read and checked.
public struct SupplierRecord: Sendable {
    /// Where the row came from.
    public var source: RowSource
    /// 委託先ID.
    public var id: String?
    /// 委託先.
    public var name: String?
    /// 委託業務.
    public var work: String?
    /// The ids of the entrusted assets, as written (normalised).
    public var assetIDs: [String] = []
    /// Those of them that are not in the asset register.
    public var unknownAssetIDs: [String] = []
    /// The highest value (重要度) among the entrusted assets found in the asset register.
    public var highestAssetValue: Int?
    /// The entrusted assets of high value (the top third of the rating scale), as id and value.
    public var highValueAssets: [(id: String, value: Int)] = []
    /// Whether an NDA or a security clause is in place; `nil` when not stated.
    public var hasNDA: Bool?
    /// The last security check.
    public var lastChecked: CalendarDate?
    /// The check's result, as written.
    public var result: String?
    /// The next check as written.
    public var nextDue: CalendarDate?
    /// The date the next check is due: as written, else a year after the last one.
    public var checkDue: CalendarDate?
    /// Whether the check is past due on the generation date.
    public var isCheckOverdue = false
    /// 担当部署.
    public var department: String?
    /// 備考.
    public var notes: String?
    /// The register's own columns, in file order.
    public var extras: [ExtraCell] = []
    /// The original text of each cell that could not be read.
    public var invalidCells: [SupplierField: String] = [:]
    /// The problems found in this row, as recorded.
    public var diagnostics: [Diagnostic] = []

    /// Creates an empty record for a row.
    public init(source: RowSource) {
        self.source = source
    }

    /// Whether high-value assets are entrusted without an NDA or contract clause.
    public var lacksNDAForHighValueAssets: Bool { !highValueAssets.isEmpty && hasNDA != true }
}
