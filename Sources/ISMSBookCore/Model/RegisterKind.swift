/// The two registers every department hands in.
public enum RegisterKind: String, Sendable, CaseIterable {
    /// The information-asset register (情報資産管理台帳).
    case assets
    /// The risk register (リスクアセスメント).
    case risks
}
