/// An audit, or a Privacy Mark application, that a plan year pays for.
///
/// The raw values are the `events` of `ismsbook cost-plan --format json`.
public enum AuditEvent: String, Sendable, CaseIterable, Hashable {
    /// ISMS initial certification audit (stage 1 + stage 2).
    case initial
    /// ISMS first surveillance audit after a certificate.
    case surveillance1
    /// ISMS second surveillance audit after a certificate.
    case surveillance2
    /// ISMS recertification audit, before the 3-year certificate expires.
    case recertification
    /// Privacy Mark new application (新規申請).
    case pmarkApplication = "pmark-application"
    /// Privacy Mark renewal (更新申請), every 2 years.
    case pmarkRenewal = "pmark-renewal"

    /// The scheme the event belongs to.
    public var scheme: CertificationScheme {
        switch self {
        case .initial, .surveillance1, .surveillance2, .recertification: .isms
        case .pmarkApplication, .pmarkRenewal: .pmark
        }
    }

    /// The event's name in the workbook's language.
    public func label(in language: Language) -> String {
        switch self {
        case .initial: language.pick("初回審査", "Initial audit")
        case .surveillance1: language.pick("維持審査1", "Surveillance 1")
        case .surveillance2: language.pick("維持審査2", "Surveillance 2")
        case .recertification: language.pick("更新審査", "Recertification")
        case .pmarkApplication: language.pick("Pマーク新規申請", "P-mark application")
        case .pmarkRenewal: language.pick("Pマーク更新", "P-mark renewal")
        }
    }
}
