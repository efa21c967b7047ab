/// A column a register can have: ``AssetField`` or ``RiskField``.
public protocol RegisterField: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    /// Header names accepted for the column besides the JSON key.
    var aliases: [String] { get }
    /// The case's position in `allCases`, for array lookups on the hot path (hashing an enum with
    /// a `String` raw value hashes the string).
    var ordinal: Int { get }
}

extension AssetField: RegisterField {}
extension RiskField: RegisterField {}

extension RegisterField {
    /// The header names shown in a "missing column" message: the key and the first aliases.
    var expectedNames: String {
        ([rawValue] + aliases.prefix(3)).joined(separator: ", ")
    }
}
