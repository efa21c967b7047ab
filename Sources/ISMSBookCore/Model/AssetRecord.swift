/// One normalised row of the asset register (情報資産管理台帳).
///
/// Every row read becomes a record, whatever is wrong with it: the cells that could not be read keep
/// their original text in ``invalidCells`` and the problems are in ``diagnostics``.
public struct AssetRecord: RegisterRecord {
    /// Where the row came from.
    public var source: RowSource
    /// 資産ID / 管理番号.
    public var id: String?
    /// 情報資産の名称.
    public var name: String?
    /// 分類 / 業務分類.
    public var category: String?
    /// 管理者.
    public var owner: String?
    /// 管理部署.
    public var department: String?
    /// 保管場所.
    public var location: String?
    /// 媒体.
    public var medium: String?
    /// 利用者範囲.
    public var users: String?
    /// 個人情報の種類; `nil` when the cell is empty.
    public var personalData: PersonalDataKind?
    /// 機密性, 1–3.
    public var confidentiality: Int?
    /// 完全性, 1–3.
    public var integrity: Int?
    /// 可用性, 1–3.
    public var availability: Int?
    /// 重要度, computed by ``AssetValuer``.
    public var value: Int?
    /// The retention as written (normalised text).
    public var retention: String?
    /// The last day of retention, from a date or from a period counted from ``recordedOn``.
    public var retentionUntil: CalendarDate?
    /// Whether retention is permanent (永年).
    public var isRetentionPermanent = false
    /// 記入日 / 登録日.
    public var recordedOn: CalendarDate?
    /// 備考.
    public var notes: String?
    /// The department's own columns, in file order.
    public var extras: [ExtraCell] = []
    /// The original text of each cell that could not be read.
    public var invalidCells: [AssetField: String] = [:]
    /// The problems found in this row, as recorded (errors and warnings).
    public var diagnostics: [Diagnostic] = []

    /// Creates an empty record for a row.
    public init(source: RowSource) {
        self.source = source
    }

    /// Whether the row has an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
