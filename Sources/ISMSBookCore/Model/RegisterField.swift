/// A column a register file can have, as the reader maps headers to it: a field of a register
/// with a schema (``AssetField``, ``RiskField``) or of a binder register (``SoAField`` …).
public protocol RegisterField: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    /// Header names accepted for the column besides the JSON key.
    var aliases: [String] { get }
    /// The case's position in `allCases`, for array lookups on the hot path (hashing an enum with
    /// a `String` raw value hashes the string).
    var ordinal: Int { get }
    /// Whether the column is read from files; a field ismsbook computes has no header.
    var isRead: Bool { get }
}

extension RegisterField {
    public var isRead: Bool { true }

    /// The header names shown in a "missing column" message: the key and the first aliases.
    var expectedNames: String {
        ([rawValue] + aliases.prefix(3)).joined(separator: ", ")
    }
}
