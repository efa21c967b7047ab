// Problems with the results of risk treatment: the residual risk, the status of the plan and the
// risk owner's acceptance (ISO/IEC 27001 6.1.3 f, 8.3).
extension DiagnosticMessage {
    /// A status that is not planned, in progress or done.
    public static let unknownStatus = DiagnosticMessage(
        code: "unknown-status",
        japanese: "対応状況（未着手・実施中・完了）として読めません",
        english: "not a status (planned, in_progress, done)")

    /// A residual score given in the file that differs from the one computed from the residual factors.
    public static func givenResidualScoreDiffers(computed: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "residual-score-differs",
            japanese: "記載の対策後リスク値が算出値 \(computed) と異なります",
            english: "residual score given in the file differs from the computed residual score \(computed)")
    }

    /// A residual score above the score before treatment.
    public static func residualAboveCurrent(residual: Int, current: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "residual-above-current",
            japanese: "対策後リスク値 \(residual) が対策前のリスク値 \(current) を上回っています",
            english: "residual score \(residual) is above the score before treatment \(current)")
    }

    /// A residual risk above the threshold that the risk owner has not accepted.
    public static func residualNotAccepted(residual: Int, threshold: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "residual-not-accepted",
            japanese: "対策後リスク値 \(residual) が受容基準 \(threshold) を超えていますが、リスク所有者の有効な受容承認がありません",
            english: "residual score \(residual) is above the acceptance threshold \(threshold) and the risk owner has not accepted it")
    }

    /// An approval dated after the generation date.
    public static func approvalInTheFuture(today: CalendarDate) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "approval-in-future",
            japanese: "承認日が作成日 \(today.iso8601) より後です",
            english: "approval date is after the generation date \(today.iso8601)")
    }

    /// An acceptance that expires before it was approved.
    public static func expiryBeforeApproval(approvedOn: CalendarDate) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "expiry-before-approval",
            japanese: "受容期限が承認日 \(approvedOn.iso8601) より前です",
            english: "acceptance expires before it was approved on \(approvedOn.iso8601)")
    }

    /// An acceptance past its expiry.
    public static func acceptanceExpired(on expiry: CalendarDate) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "acceptance-expired",
            japanese: "リスク受容の期限（\(expiry.iso8601)）が過ぎています。見直してください",
            english: "the acceptance expired on \(expiry.iso8601); review it")
    }

    /// An approver named without the date of approval.
    public static let approverWithoutDate = DiagnosticMessage(
        code: "approver-without-date",
        japanese: "承認者がありますが承認日がありません",
        english: "approver given without an approval date")

    /// A date of approval without an approver.
    public static let approvalDateWithoutApprover = DiagnosticMessage(
        code: "approval-date-without-approver",
        japanese: "承認日がありますが承認者がありません",
        english: "approval date given without an approver")

    /// A treatment marked done with nothing recorded about the risk after it.
    public static let doneWithoutResidual = DiagnosticMessage(
        code: "done-without-residual",
        japanese: "対応状況が完了ですが、対策後の評価（対策後レベル・リスク値）がありません",
        english: "treatment is done but no residual level or score is recorded")

    /// A treatment whose due date has passed and that is not done.
    public static func treatmentOverdue(since due: CalendarDate) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "treatment-overdue",
            japanese: "対応期限 \(due.iso8601) を過ぎていますが完了していません",
            english: "treatment overdue since \(due.iso8601)")
    }

    /// A completed reduction, avoidance or transfer that left the risk as it was.
    public static func treatmentChangedNothing(score: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "treatment-changed-nothing",
            japanese: "対応は完了していますが、対策後リスク値が対策前と同じ \(score) です",
            english: "treatment is done but the residual score equals the score before treatment, \(score)")
    }
}
