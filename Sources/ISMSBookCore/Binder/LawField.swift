/// A column of the legal register (法令一覧, `--laws`); the raw value is its JSON key.
public enum LawField: String, Sendable, CaseIterable, Hashable, RegisterField {
    /// The law or regulation (法令名).
    case law
    /// Whether it applies to the organisation.
    case applies
    /// The department that owns it.
    case department
    /// What it requires of the organisation, as written.
    case requirements
    /// When its requirements were last reviewed.
    case lastReviewed = "last_reviewed"
    /// Free notes.
    case notes

    /// Header names accepted for the column (Japanese and English), besides the JSON key itself.
    public var aliases: [String] {
        switch self {
        case .law: ["法令", "法令名", "法令等", "法令・規範", "法令・規制", "法律", "法規", "Law", "Regulation", "Legislation", "Name"]
        case .applies: ["適用", "該当", "適用有無", "適用の有無", "適用可否", "対象", "Applies", "Applicable"]
        case .department: ["所管部署", "主管部署", "担当部署", "管理部署", "部署", "Department", "Owner", "Owning department"]
        case .requirements: ["主な要求事項", "要求事項", "遵守事項", "対応内容", "概要", "Requirements", "Obligations", "Summary"]
        case .lastReviewed:
            ["最終確認日", "最終見直し日", "確認日", "見直し日", "前回確認日", "最終レビュー日", "Last reviewed", "Last review", "Reviewed on"]
        case .notes: ["備考", "摘要", "Notes", "Note", "Remarks", "Comments", "Comment"]
        }
    }

    /// The case's position in `allCases`.
    public var ordinal: Int {
        switch self {
        case .law: 0
        case .applies: 1
        case .department: 2
        case .requirements: 3
        case .lastReviewed: 4
        case .notes: 5
        }
    }
}
