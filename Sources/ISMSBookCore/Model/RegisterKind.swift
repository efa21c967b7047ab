/// The registers ismsbook reads: the two every department hands in, and the registers of the
/// auditor's binder that go with them.
public enum RegisterKind: String, Sendable, CaseIterable {
    /// The information-asset register (情報資産管理台帳).
    case assets
    /// The risk register (リスクアセスメント).
    case risks
    /// The Statement of Applicability's decisions (適用宣言書), `--soa`.
    case soa
    /// The supplier register (委託先管理台帳), `--suppliers`.
    case suppliers
    /// The legal register (法令一覧), `--laws`.
    case laws
    /// The internal auditors and their departments (内部監査員), `--auditors`.
    case auditors
}
