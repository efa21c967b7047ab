// Problems with the binder's registers: the SoA, suppliers, laws and the internal audit.
extension DiagnosticMessage {
    /// A reference shaped like a control that names no control of either Annex A edition.
    public static let unknownControl = DiagnosticMessage(
        code: "unknown-control",
        japanese: "ISO/IEC 27001:2022・2013 附属書A の管理策ではありません",
        english: "not a control of ISO/IEC 27001:2022 or 2013 Annex A")

    /// A cell that should say yes or no (適用/除外, あり/なし, ○/×).
    public static let notAYesNo = DiagnosticMessage(
        code: "not-yes-no",
        japanese: "はい・いいえ（適用/除外、あり/なし、○/×）として読めません",
        english: "not a yes/no value (適用/除外, あり/なし, yes/no, ○/×)")

    /// An implementation status that is not 実施済, 一部実施, 計画中 or 未実施.
    public static let unknownImplementationStatus = DiagnosticMessage(
        code: "unknown-implementation-status",
        japanese: "実施状況（実施済・一部実施・計画中・未実施）として読めません",
        english: "not an implementation status (implemented, partial, planned, not implemented)")

    /// A control marked not applicable in the SoA while risks name it in their treatment.
    public static func excludedButReferenced(control: String, risks: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "excluded-but-referenced",
            japanese: "\(control) は適用除外ですが、リスク対応で参照されています: \(risks)",
            english: "\(control) is marked not applicable, but risks name it in their treatment: \(risks)")
    }

    /// A control excluded from the SoA without a reason (ISO/IEC 27001 6.1.3 d asks for one).
    public static func exclusionWithoutReason(control: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "exclusion-without-reason",
            japanese: "\(control) の除外理由がありません",
            english: "\(control) is excluded without a reason")
    }

    /// A control that the SoA neither includes nor excludes, and that no risk names.
    public static func noApplicabilityDecision(control: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "no-applicability-decision",
            japanese: "\(control): 適用・除外の判断がなく、参照するリスクもありません",
            english: "\(control): no applicability decision, and no risk names it")
    }

    /// Controls with no decision when no SoA file was given at all.
    public static func undecidedControls(count: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "undecided-controls",
            japanese: "\(count) 件の管理策に適用・除外の判断がなく、参照するリスクもありません（適用宣言書のファイルで判断を指定してください）",
            english: "\(count) control(s) have no applicability decision and no risk names them; give a Statement of Applicability file to decide them")
    }

    /// Two rows (2013 controls merged into one 2022 control) that decide a control differently.
    public static func conflictingDecisions(control: String, firstFile: String, firstRow: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "conflicting-decisions",
            japanese: "\(control) の適用判断が \(firstFile):\(firstRow) と異なります（適用として扱いました）",
            english: "\(control) is decided differently at \(firstFile):\(firstRow); read as applicable")
    }

    /// A supplier whose security check is past its due date.
    public static func supplierCheckOverdue(due: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "supplier-check-overdue",
            japanese: "セキュリティ確認の期限（\(due)）を過ぎています",
            english: "security check overdue since \(due)")
    }

    /// A supplier with no security check on record.
    public static let supplierNotChecked = DiagnosticMessage(
        code: "supplier-not-checked",
        japanese: "セキュリティ確認の記録がありません",
        english: "no security check on record")

    /// An asset of high value entrusted to a supplier without an NDA or contract clause.
    public static func highValueAssetWithoutNDA(assetID: String, value: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "high-value-without-nda",
            japanese: "重要度 \(value) の資産 \(assetID) を秘密保持契約・契約条項なしで委託しています",
            english: "asset \(assetID) of value \(value) is entrusted without an NDA or contract clause")
    }

    /// An applicable law last reviewed more than a year before the generation date.
    public static func lawReviewOverdue(lastReviewed: String, date: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "law-review-overdue",
            japanese: "最終確認日 \(lastReviewed) が \(date) の 1 年以上前です",
            english: "last reviewed \(lastReviewed), more than a year before \(date)")
    }

    /// An applicable law with no review date.
    public static let lawNotReviewed = DiagnosticMessage(
        code: "law-not-reviewed",
        japanese: "適用される法令の確認日がありません",
        english: "applicable law with no review date")

    /// A law whose applicability is not decided.
    public static let lawApplicabilityUndecided = DiagnosticMessage(
        code: "law-applicability-undecided",
        japanese: "適用の有無が未記入です",
        english: "applicability not decided (yes or no)")

    /// A department in the audit's scope that every listed auditor belongs to.
    public static func noIndependentAuditor(department: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "no-independent-auditor",
            japanese: "\(department) 以外の監査員がいません（監査員は自部署を監査できません）",
            english: "no auditor outside \(department): auditors may not audit their own department")
    }
}
