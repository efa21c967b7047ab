/// A column of the internal auditors' list (内部監査員, `--auditors`); the raw value is its JSON key.
public enum AuditorField: String, Sendable, CaseIterable, Hashable, RegisterField {
    /// The auditor's name.
    case name
    /// The auditor's own department(s); several may be listed (`経理部、総務部`).
    case department

    /// Header names accepted for the column (Japanese and English), besides the JSON key itself.
    public var aliases: [String] {
        switch self {
        case .name: ["監査員", "内部監査員", "監査員名", "氏名", "名前", "Auditor", "Internal auditor", "Auditor name"]
        case .department: ["所属", "所属部署", "部署", "部門", "Department", "Dept", "Own department"]
        }
    }

    /// The case's position in `allCases`.
    public var ordinal: Int {
        switch self {
        case .name: 0
        case .department: 1
        }
    }
}
