/// A column of the risk register that ismsbook understands; the raw value is its JSON key.
public enum RiskField: String, Sendable, CaseIterable, Hashable {
    case id
    case assetID = "asset_id"
    /// The asset's name, used to find the asset when no id is given.
    case asset
    case threat, vulnerability
    case threatLevel = "threat_level"
    case vulnerabilityLevel = "vulnerability_level"
    case likelihood, impact
    /// リスク値 as given in the file; the score of the `direct` method, compared with the computed
    /// score by the others.
    case score
    case treatment, plan, controls, owner, due, approver

    /// Header names accepted for the column (Japanese and English), besides the JSON key itself.
    public var aliases: [String] {
        switch self {
        case .id: ["リスクID", "リスク番号", "No", "No.", "番号", "通番", "Risk ID", "Risk No"]
        case .assetID: ["資産ID", "資産番号", "管理番号", "Asset ID", "Asset No"]
        case .asset: ["資産名", "情報資産名", "情報資産の名称", "情報資産名称", "情報資産", "資産", "Asset name", "Asset"]
        case .threat: ["脅威", "想定される脅威", "脅威の内容", "Threat"]
        case .vulnerability: ["脆弱性", "脆弱性の内容", "Vulnerability"]
        case .threatLevel: ["脅威レベル", "脅威の起こりやすさ", "脅威の発生頻度", "脅威値", "脅威の大きさ", "Threat level"]
        case .vulnerabilityLevel: ["脆弱性レベル", "脆弱性のつけ込みやすさ", "脆弱性値", "脆弱性の大きさ", "Vulnerability level"]
        case .likelihood: ["発生可能性", "被害発生可能性", "起こりやすさ", "発生頻度", "Likelihood", "Probability"]
        case .impact: ["影響度", "影響", "影響の大きさ", "Impact", "Consequence"]
        case .score: ["リスク値", "リスク評価値", "リスク値(算出)", "Risk score", "Score", "Risk value", "Risk level value"]
        case .treatment: ["リスク対応", "対応", "対応方針", "リスク対応方針", "リスク対応の選択肢", "Treatment", "Risk treatment", "Response"]
        case .plan: ["対応策", "リスク対応策", "対策", "対策内容", "対応計画", "Treatment plan", "Plan", "Mitigation", "Action"]
        case .controls: ["管理策", "管理策番号", "適用管理策", "附属書A", "Controls", "Control", "Annex A controls", "Annex A"]
        case .owner: ["リスク所有者", "担当者", "責任者", "対応責任者", "Risk owner", "Owner"]
        case .due: ["期限", "対応期限", "完了予定日", "完了期限", "Due date", "Due", "Deadline", "Target date"]
        case .approver: ["承認者", "リスク受容承認者", "受容承認者", "Approver", "Approved by"]
        }
    }

    /// The case's position in `allCases`.
    public var ordinal: Int {
        switch self {
        case .id: 0
        case .assetID: 1
        case .asset: 2
        case .threat: 3
        case .vulnerability: 4
        case .threatLevel: 5
        case .vulnerabilityLevel: 6
        case .likelihood: 7
        case .impact: 8
        case .score: 9
        case .treatment: 10
        case .plan: 11
        case .controls: 12
        case .owner: 13
        case .due: 14
        case .approver: 15
        }
    }
}
