/// What a cost plan is for: ISMS certification (ISO/IEC 27001, JIS Q 27001), the Privacy Mark
/// (プライバシーマーク, JIS Q 15001), or both run together.
public enum CertificationScheme: String, Sendable, CaseIterable, Comparable {
    /// ISMS certification by an accredited certification body: a 3-year certificate.
    case isms
    /// The Privacy Mark granted by JIPDEC: a 2-year grant.
    case pmark
    /// Both, planned side by side and combined.
    case both

    /// The single schemes whose fees are planned: `both` is ISMS and the Privacy Mark.
    public var components: [CertificationScheme] { self == .both ? [.isms, .pmark] : [self] }

    /// The scheme's name in the workbook's language.
    public func label(in language: Language) -> String {
        switch self {
        case .isms: "ISMS"
        case .pmark: language.pick("プライバシーマーク", "Privacy Mark")
        case .both: language.pick("ISMS＋プライバシーマーク", "ISMS + Privacy Mark")
        }
    }

    public static func < (lhs: CertificationScheme, rhs: CertificationScheme) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
