/// A dated event of a certification cycle: a certificate, an audit deadline, an expiry, the
/// Privacy Mark renewal window.
public struct Milestone: Sendable, Equatable {
    /// What happens.
    public enum Kind: String, Sendable, CaseIterable {
        /// The first ISMS certificate (the plan's target date).
        case ismsCertificate = "isms-certificate"
        /// The first surveillance audit is due by this date (12 months after the certificate).
        case ismsSurveillance1Due = "isms-surveillance1-due"
        /// The second surveillance audit is due by this date.
        case ismsSurveillance2Due = "isms-surveillance2-due"
        /// The certificate's last day; the recertification audit comes before it.
        case ismsExpiry = "isms-expiry"
        /// A renewed ISMS certificate.
        case ismsRecertified = "isms-recertified"
        /// The Privacy Mark grant (the plan's target date).
        case pmarkGrant = "pmark-grant"
        /// The window for the renewal application (8 to 4 months before expiry).
        case pmarkRenewalWindow = "pmark-renewal-window"
        /// The grant's last day.
        case pmarkExpiry = "pmark-expiry"
        /// A renewed grant.
        case pmarkRenewed = "pmark-renewed"

        /// Order among milestones on the same day.
        var order: Int { Kind.allCases.firstIndex(of: self) ?? 0 }

        /// The milestone's name in the workbook's language.
        public func label(in language: Language) -> String {
            switch self {
            case .ismsCertificate: language.pick("ISMS 認証登録", "ISMS certificate")
            case .ismsSurveillance1Due: language.pick("ISMS 維持審査1 期限", "ISMS surveillance 1 due")
            case .ismsSurveillance2Due: language.pick("ISMS 維持審査2 期限", "ISMS surveillance 2 due")
            case .ismsExpiry: language.pick("ISMS 認証有効期限（この前に更新審査）", "ISMS certificate expires (recertify before)")
            case .ismsRecertified: language.pick("ISMS 更新登録", "ISMS certificate renewed")
            case .pmarkGrant: language.pick("Pマーク付与", "Privacy Mark granted")
            case .pmarkRenewalWindow: language.pick("Pマーク更新申請期間", "Privacy Mark renewal application window")
            case .pmarkExpiry: language.pick("Pマーク有効期限", "Privacy Mark expires")
            case .pmarkRenewed: language.pick("Pマーク更新付与", "Privacy Mark renewed")
            }
        }
    }

    /// What happens.
    public var kind: Kind
    /// The day (the first day of a window).
    public var date: CalendarDate
    /// The last day of a window; `nil` for a single day.
    public var endDate: CalendarDate?

    /// Creates a milestone.
    public init(kind: Kind, date: CalendarDate, endDate: CalendarDate? = nil) {
        self.kind = kind
        self.date = date
        self.endDate = endDate
    }
}
