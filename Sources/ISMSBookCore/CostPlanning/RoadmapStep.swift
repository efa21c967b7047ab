/// The usual steps to an ISMS certificate, in order, each with a default duration and owner.
///
/// Durations are in weeks. Steps 1–9 add up to 36 weeks (about 8 months), inside the 6 to 12
/// months commonly quoted for a first certificate with preparation
/// (https://ninsho-partner.com/isms/column/isms_koushin_iji_shinsa); step 9 allows about two
/// months from stage 1 to the certificate (application to audit about a month, stage 1 and
/// stage 2 about a month: https://activation-service.jp/iso/column/6915). The split between the
/// steps is our assumption; a plan file overrides any of them (`roadmap.durations`).
public enum RoadmapStep: String, Sendable, CaseIterable {
    /// 1. Plan: scope, organisation, schedule, budget.
    case plan
    /// 2. Information asset inventory (情報資産の洗い出し).
    case assetInventory = "asset_inventory"
    /// 3. Risk assessment and treatment (リスクアセスメント・リスク対応).
    case riskAssessment = "risk_assessment"
    /// 4. Supplier management (委託先管理).
    case supplierManagement = "supplier_management"
    /// 5. Legal and contractual requirements (法令・契約の確認).
    case legalCheck = "legal_check"
    /// 6. Policy, manual and statement of applicability (方針・マニュアル・適用宣言書).
    case policyAndManual = "policy_and_manual"
    /// 7. Staff training (従業員教育).
    case training
    /// 8. Internal audit and management review (内部監査・マネジメントレビュー).
    case internalAuditAndReview = "internal_audit_and_review"
    /// 9. Stage 1 and stage 2 certification audits, up to the certificate (the target date).
    case certificationAudits = "certification_audits"
    /// 10. The yearly PDCA cycle, up to the first surveillance audit.
    case operation

    /// The default duration in weeks.
    public var defaultWeeks: Int {
        switch self {
        case .plan: 3
        case .assetInventory: 4
        case .riskAssessment: 4
        case .supplierManagement: 3
        case .legalCheck: 2
        case .policyAndManual: 4
        case .training: 3
        case .internalAuditAndReview: 4
        case .certificationAudits: 9
        case .operation: 52
        }
    }

    /// Who owns the step unless the plan says otherwise.
    public var defaultOwner: ProjectPeople.Role {
        switch self {
        case .plan, .riskAssessment, .supplierManagement, .legalCheck, .training, .operation: .projectManager
        case .assetInventory: .members
        case .policyAndManual: .topManagement
        case .internalAuditAndReview: .internalAuditors
        case .certificationAudits: .certificationBody
        }
    }

    /// 1…10.
    public var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// The step's name in the workbook's language.
    public func label(in language: Language) -> String {
        switch self {
        case .plan: language.pick("計画策定", "Plan")
        case .assetInventory: language.pick("情報資産の洗い出し", "Asset inventory")
        case .riskAssessment: language.pick("リスクアセスメント", "Risk assessment")
        case .supplierManagement: language.pick("委託先管理", "Supplier management")
        case .legalCheck: language.pick("法令・契約の確認", "Legal check")
        case .policyAndManual: language.pick("方針・マニュアル整備", "Policy and manual")
        case .training: language.pick("従業員教育", "Staff training")
        case .internalAuditAndReview: language.pick("内部監査・マネジメントレビュー", "Internal audit and management review")
        case .certificationAudits: language.pick("認証審査（第1段階・第2段階）", "Certification audits (stage 1, stage 2)")
        case .operation: language.pick("運用（PDCA）・維持審査", "Operation (PDCA) and surveillance")
        }
    }
}
