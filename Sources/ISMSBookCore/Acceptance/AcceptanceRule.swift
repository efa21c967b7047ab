/// Decides a risk's ``AcceptanceState`` from its approval and the generation date.
///
/// The first state that applies:
/// - `expired`: an approver and an approval date, and the acceptance expires before the
///   generation date;
/// - `accepted`: an approver and an approval date not after the generation date, with no expiry
///   or one not before it (whatever the score);
/// - `notRequired`: no approval, the current score within the threshold and no treatment chosen;
/// - `pending`: anything else.
///
/// A register with no approval-date column (one kept before ismsbook read dates of approval)
/// keeps the older rule: an approver alone accepts the risk.
public struct AcceptanceRule: Sendable {
    /// The generation date (`--date`), against which approvals and expiries are judged; `nil`
    /// judges no date against it.
    public var today: CalendarDate?
    /// Whether the register has an approval-date column at all.
    public var recordsApprovalDates: Bool

    /// Creates the rule.
    public init(today: CalendarDate?, recordsApprovalDates: Bool) {
        self.today = today
        self.recordsApprovalDates = recordsApprovalDates
    }

    /// The state of a risk.
    public func state(of risk: RiskRecord) -> AcceptanceState {
        guard recordsApprovalDates else {
            if risk.approver != nil { return .accepted }
            return isUntreatedWithinThreshold(risk) ? .notRequired : .pending
        }
        if risk.approver != nil, let approvedOn = risk.approvedOn {
            if let expires = risk.acceptanceExpires, let today, expires < today { return .expired }
            if let today, approvedOn > today { return .pending }
            return .accepted
        }
        return isUntreatedWithinThreshold(risk) ? .notRequired : .pending
    }

    private func isUntreatedWithinThreshold(_ risk: RiskRecord) -> Bool {
        risk.isAccepted == true && risk.treatment == nil
    }
}
