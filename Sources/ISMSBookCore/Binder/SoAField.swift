/// A column of a Statement of Applicability file (適用宣言書, `--soa`); the raw value is its JSON key.
///
/// The file holds the decisions a person makes about each Annex A control; what the risk register
/// implies is added by ismsbook. Rows may cite the 2013 edition (`A.12.3.1`); they are brought to
/// the 2022 controls that replace them.
public enum SoAField: String, Sendable, CaseIterable, Hashable, RegisterField {
    /// The control's id, either edition: `A.8.13`, `8.13`, `A.12.3.1`.
    case control
    /// The control's title as the file writes it; read only so it is not taken for an extra column.
    case title
    /// Whether the control applies: 適用/除外, yes/no, ○/×.
    case applicable
    /// Why it is included or excluded.
    case justification
    /// The implementation status: 実施済, 一部実施, 計画中, 未実施.
    case implemented
    /// Where the evidence is: documents, records.
    case evidence
    /// Who is responsible.
    case owner
    /// Free notes.
    case notes

    /// Header names accepted for the column (Japanese and English), besides the JSON key itself.
    public var aliases: [String] {
        switch self {
        case .control:
            ["管理策", "管理策番号", "管理策ID", "附属書A", "附属書A番号", "Control", "Control ID", "Control No", "Annex A", "Ref"]
        case .title: ["管理策名", "管理策の名称", "名称", "項目", "Control name", "Title", "Name"]
        case .applicable:
            ["適用", "適用可否", "適用有無", "適用の有無", "適用/除外", "適用・除外", "採否", "採用", "Applicable", "Applicability", "Included", "Applies"]
        case .justification:
            ["理由", "適用理由", "除外理由", "採用理由", "適用・除外の理由", "適用/除外の理由", "根拠", "Justification", "Reason", "Rationale"]
        case .implemented:
            ["実施状況", "導入状況", "実装状況", "実施", "実施有無", "Implemented", "Implementation", "Implementation status", "Status"]
        case .evidence: ["証跡", "証拠", "記録", "関連文書", "関連規程", "根拠文書", "Evidence", "Documents", "Records"]
        case .owner: ["責任者", "管理責任者", "担当者", "担当部署", "所管部署", "Owner", "Responsible"]
        case .notes: ["備考", "摘要", "Notes", "Note", "Remarks", "Comments", "Comment"]
        }
    }

    /// The case's position in `allCases`.
    public var ordinal: Int {
        switch self {
        case .control: 0
        case .title: 1
        case .applicable: 2
        case .justification: 3
        case .implemented: 4
        case .evidence: 5
        case .owner: 6
        case .notes: 7
        }
    }
}
