/// A control of ISO/IEC 27001:2022 Annex A (JIS Q 27001:2023 附属書A).
public struct AnnexAControl: Sendable, Hashable {
    /// The four themes of the 2022 edition.
    public enum Theme: Int, Sendable, CaseIterable, Comparable {
        /// 5 組織的管理策 / Organizational controls (37).
        case organizational = 5
        /// 6 人的管理策 / People controls (8).
        case people = 6
        /// 7 物理的管理策 / Physical controls (14).
        case physical = 7
        /// 8 技術的管理策 / Technological controls (34).
        case technological = 8

        public static func < (lhs: Theme, rhs: Theme) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The reference as registers write it: `A.5.1` … `A.8.34`.
    public let id: String
    /// The theme (the first number of the id).
    public let theme: Theme
    /// The short title in English.
    public let english: String
    /// The short title in Japanese.
    public let japanese: String
}

/// A control of the 2013 edition's Annex A (A.5–A.18, 114 controls) and the 2022 controls that
/// replace it.
public struct AnnexA2013Control: Sendable, Hashable {
    /// The 2013 reference: `A.12.3.1`.
    public let id: String
    /// The short title in English.
    public let english: String
    /// The 2022 controls that cover it (`A.8.13`), at least one.
    public let replacements: [String]
}
