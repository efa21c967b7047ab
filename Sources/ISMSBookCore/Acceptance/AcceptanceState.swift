/// Whether the risk owner has accepted what remains of a risk (ISO/IEC 27001 6.1.3 f): the
/// 受容状況 of the residual-risk record.
public enum AcceptanceState: String, Sendable, CaseIterable {
    /// Approved by someone on a date, and not past its expiry.
    case accepted
    /// A treated risk, or one above the threshold, without a valid approval.
    case pending
    /// Approved, but the acceptance has expired.
    case expired
    /// Within the threshold and untreated: nothing to accept.
    case notRequired = "not_required"

    /// The label a workbook shows.
    public var label: LocalizedText {
        switch self {
        case .accepted: LocalizedText("受容済", "Accepted")
        case .pending: LocalizedText("未承認", "Pending")
        case .expired: LocalizedText("期限切れ", "Expired")
        case .notRequired: LocalizedText("不要", "Not required")
        }
    }
}
