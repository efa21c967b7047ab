/// The Privacy Mark's business size classes (事業者規模), which set the fees.
///
/// JIPDEC decides the class from the registered capital, the number of employees (従業者, which
/// includes directors, part-timers and dispatched staff) and the industry
/// (https://privacymark.jp/p-application/cost/segment.html):
///
/// | industry | 小規模 (small) | 中規模 (medium): capital ≤ … or employees ≤ … | 大規模 (large) |
/// |---|---|---|---|
/// | 製造業・その他 | 2–20 | ¥3億 or 21–300 | above both |
/// | 卸売業 | 2–5 | ¥1億 or 6–100 | above both |
/// | 小売業 | 2–5 | ¥5千万 or 6–50 | above both |
/// | サービス業 | 2–5 | ¥5千万 or 6–100 | above both |
///
/// Without registered capital (合名会社, 一般社団法人 …) the class follows the employees alone.
public enum PrivacyMarkSize: String, Sendable, CaseIterable {
    /// 小規模.
    case small
    /// 中規模.
    case medium
    /// 大規模.
    case large

    /// Where the classes come from.
    public static let source = "JIPDEC 事業者規模の区分 https://privacymark.jp/p-application/cost/segment.html"

    /// The class's name in the workbook's language.
    public func label(in language: Language) -> String {
        switch self {
        case .small: language.pick("小規模", "small")
        case .medium: language.pick("中規模", "medium")
        case .large: language.pick("大規模", "large")
        }
    }

    /// The class of a business with `employees` employees in `industry`, and its registered
    /// capital in yen when it has one.
    public static func classify(employees: Int, industry: PrivacyMarkIndustry, capital: Int?) -> PrivacyMarkSize {
        let limits = industry.limits
        if employees <= limits.smallEmployees { return .small }
        if employees <= limits.mediumEmployees { return .medium }
        if let capital, capital <= limits.mediumCapital { return .medium }
        return .large
    }
}

/// The industries of the Privacy Mark size classes (JIPDEC's own classification).
public enum PrivacyMarkIndustry: String, Sendable, CaseIterable {
    /// 製造業・その他: everything that is not wholesale, retail or services.
    case other
    /// 卸売業.
    case wholesale
    /// 小売業 (restaurants included).
    case retail
    /// サービス業.
    case service

    /// The limits of the small and medium classes.
    public var limits: (smallEmployees: Int, mediumEmployees: Int, mediumCapital: Int) {
        switch self {
        case .other: (20, 300, 300_000_000)
        case .wholesale: (5, 100, 100_000_000)
        case .retail: (5, 50, 50_000_000)
        case .service: (5, 100, 50_000_000)
        }
    }

    /// The industry's name in the workbook's language.
    public func label(in language: Language) -> String {
        switch self {
        case .other: language.pick("製造業・その他", "manufacturing and other")
        case .wholesale: language.pick("卸売業", "wholesale")
        case .retail: language.pick("小売業", "retail")
        case .service: language.pick("サービス業", "services")
        }
    }
}
