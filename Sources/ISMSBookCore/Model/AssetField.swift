/// A column of the asset register that ismsbook understands; the raw value is its JSON key.
public enum AssetField: String, Sendable, CaseIterable, Hashable {
    case id, name, category, owner, department, location, medium, users
    case personalData = "personal_data"
    case confidentiality, integrity, availability
    /// 重要度 as given in the file; compared with the computed value.
    case value
    case retention
    case recordedOn = "recorded_on"
    case notes
    /// IPA sheets keep 要配慮個人情報 and 特定個人情報 in flag columns of their own.
    case personalDataSensitive = "personal_data_sensitive"
    case personalDataMyNumber = "personal_data_my_number"

    /// Header names accepted for the column (Japanese and English), besides the JSON key itself.
    public var aliases: [String] {
        switch self {
        case .id: ["資産ID", "資産番号", "管理番号", "No", "No.", "番号", "通番", "ID", "Asset ID", "Asset No"]
        case .name:
            ["情報資産の名称", "情報資産名称", "情報資産名", "資産名", "資産名称", "名称", "Asset name", "Asset", "Information asset"]
        case .category: ["分類", "業務分類", "種別", "資産分類", "資産の種類", "Category", "Asset type", "Type"]
        case .owner: ["管理者", "情報資産の管理者", "責任者", "管理責任者", "資産管理者", "所有者", "Owner", "Asset owner", "Manager"]
        case .department: ["管理部署", "部署", "部門", "所管部署", "担当部署", "部署名", "Department", "Dept", "Division"]
        case .location: ["保管場所", "保存先", "保存場所", "保管先", "所在", "所在地", "Location", "Storage location", "Storage"]
        case .medium: ["媒体", "媒体・保存先", "媒体種別", "形態", "Medium", "Media"]
        case .users: ["利用者範囲", "利用者", "利用範囲", "利用者の範囲", "アクセス範囲", "Users", "User scope", "Access"]
        case .personalData:
            ["個人情報", "個人情報の種類", "個人情報の有無", "個人情報区分", "Personal data", "Personal information", "PII"]
        case .personalDataSensitive: ["要配慮個人情報", "Sensitive personal data"]
        case .personalDataMyNumber: ["特定個人情報", "マイナンバー", "Specific personal information", "My number"]
        case .confidentiality: ["機密性", "C", "Confidentiality"]
        case .integrity: ["完全性", "I", "Integrity"]
        case .availability: ["可用性", "A", "Availability"]
        case .value: ["重要度", "資産価値", "資産の重要度", "Value", "Asset value", "Importance"]
        case .retention: ["保管期間", "保存期限", "保存期間", "保管期限", "Retention", "Retention period", "Keep until"]
        case .recordedOn: ["記入日", "登録日", "作成日", "記載日", "Recorded on", "Registered on", "Date recorded", "Entry date"]
        case .notes: ["備考", "摘要", "Notes", "Note", "Remarks", "Comments", "Comment"]
        }
    }

    /// The fields each row must have.
    public static let required: [AssetField] = [.name]

    /// The case's position in `allCases`.
    public var ordinal: Int {
        switch self {
        case .id: 0
        case .name: 1
        case .category: 2
        case .owner: 3
        case .department: 4
        case .location: 5
        case .medium: 6
        case .users: 7
        case .personalData: 8
        case .confidentiality: 9
        case .integrity: 10
        case .availability: 11
        case .value: 12
        case .retention: 13
        case .recordedOn: 14
        case .notes: 15
        case .personalDataSensitive: 16
        case .personalDataMyNumber: 17
        }
    }
}
