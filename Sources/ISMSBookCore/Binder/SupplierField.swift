/// A column of the supplier register (委託先管理台帳, `--suppliers`); the raw value is its JSON key.
public enum SupplierField: String, Sendable, CaseIterable, Hashable, RegisterField {
    /// The supplier's id in the register.
    case id
    /// The supplier (委託先).
    case name
    /// The outsourced work (委託業務).
    case work
    /// The information assets entrusted, as asset ids of the asset register.
    case assets
    /// Whether an NDA or a security clause in the contract is in place.
    case nda
    /// The date of the last security check of the supplier.
    case lastChecked = "last_checked"
    /// The check's result, as written.
    case result
    /// When the next check is due.
    case nextDue = "next_due"
    /// The department that manages the supplier.
    case department
    /// Free notes.
    case notes

    /// Header names accepted for the column (Japanese and English), besides the JSON key itself.
    public var aliases: [String] {
        switch self {
        case .id: ["委託先ID", "委託先番号", "管理番号", "番号", "No", "No.", "Supplier ID", "Supplier No"]
        case .name: ["委託先", "委託先名", "委託先名称", "事業者名", "会社名", "取引先", "Supplier", "Supplier name", "Vendor", "Name"]
        case .work: ["委託業務", "委託内容", "業務内容", "委託する業務", "業務", "Outsourced work", "Service", "Work"]
        case .assets:
            ["委託する情報資産", "預託する情報資産", "委託資産", "預託資産", "取扱資産", "情報資産", "資産ID", "Assets", "Entrusted assets", "Asset IDs", "Asset ID"]
        case .nda:
            ["NDA", "秘密保持契約", "機密保持契約", "NDA・契約条項", "秘密保持契約・契約条項", "契約条項", "守秘義務", "NDA in place", "Contract clause"]
        case .lastChecked:
            ["最終確認日", "前回確認日", "確認日", "最終評価日", "評価日", "点検日", "Last check", "Last checked", "Last security check", "Checked on"]
        case .result: ["確認結果", "評価結果", "点検結果", "結果", "Check result", "Result"]
        case .nextDue: ["次回確認予定日", "次回確認日", "次回確認期限", "次回予定", "次回評価日", "Next check", "Next check due", "Next due"]
        case .department: ["担当部署", "所管部署", "委託元部署", "管理部署", "部署", "Department", "Dept"]
        case .notes: ["備考", "摘要", "Notes", "Note", "Remarks", "Comments", "Comment"]
        }
    }

    /// The case's position in `allCases`.
    public var ordinal: Int {
        switch self {
        case .id: 0
        case .name: 1
        case .work: 2
        case .assets: 3
        case .nda: 4
        case .lastChecked: 5
        case .result: 6
        case .nextDue: 7
        case .department: 8
        case .notes: 9
        }
    }
}
