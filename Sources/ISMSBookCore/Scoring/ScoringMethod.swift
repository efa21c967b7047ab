/// How a risk score is computed.
public enum ScoringMethod: String, Sendable, CaseIterable {
    /// 詳細リスク分析, common in Japanese ISMS practice: asset value × threat level × vulnerability
    /// level, each 1–3, score 1–27. Likelihood is threat × vulnerability (1–9), impact the asset value.
    case detailed
    /// The IPA SME guideline's risk analysis sheet (中小企業の情報セキュリティ対策ガイドライン 付録7):
    /// 重要度 × 被害発生可能性, where 被害発生可能性 = max(1, threat + vulnerability − 3), score 1–9.
    case ipa
    /// Likelihood × impact, each on its own scale (1–5 by default), as in ISO/IEC 27005 matrices.
    case likelihoodImpact = "likelihood_impact"
    /// The score is given in the register (リスク値, e.g. `8/10`), on the profile's scale.
    case direct

    /// A short description for the Summary sheet.
    public func description(in language: Language) -> String {
        switch self {
        case .detailed: language.pick("詳細リスク分析（資産価値 × 脅威 × 脆弱性）", "Detailed analysis (asset value × threat × vulnerability)")
        case .ipa: language.pick("IPA リスク分析シート（重要度 × 被害発生可能性）", "IPA risk analysis sheet (importance × likelihood of damage)")
        case .likelihoodImpact: language.pick("発生可能性 × 影響度", "Likelihood × impact")
        case .direct: language.pick("リスク値を直接記入", "Risk score given directly")
        }
    }
}
