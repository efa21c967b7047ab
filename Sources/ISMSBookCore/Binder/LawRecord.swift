/// One row of the legal register (法令一覧), read and checked.
public struct LawRecord: Sendable {
    /// Where the row came from.
    public var source: RowSource
    /// 法令名.
    public var law: String?
    /// Whether it applies; `nil` when not decided.
    public var applies: Bool?
    /// 所管部署.
    public var department: String?
    /// 主な要求事項.
    public var requirements: String?
    /// 最終確認日.
    public var lastReviewed: CalendarDate?
    /// A year after the last review: when the next review is due.
    public var reviewDue: CalendarDate?
    /// Whether an applicable law's review is more than a year old on the generation date.
    public var isReviewOverdue = false
    /// 備考.
    public var notes: String?
    /// The register's own columns, in file order.
    public var extras: [ExtraCell] = []
    /// The original text of each cell that could not be read.
    public var invalidCells: [LawField: String] = [:]
    /// The problems found in this row, as recorded.
    public var diagnostics: [Diagnostic] = []

    /// Creates an empty record for a row.
    public init(source: RowSource) {
        self.source = source
    }

    /// Whether the law is to be reviewed: it applies, or its applicability is still open (a law
    /// that may apply is reviewed until someone decides it does not).
    public var needsReview: Bool { applies != false }
}
