/// The name of a register field as diagnostics and the interchange carry it: its JSON key
/// (`confidentiality`).
///
/// Made from a typed field (`FieldKey(AssetField.confidentiality)`) where a diagnostic is
/// raised, and from the text of a diagnostics file where one is read back, so the code never
/// spells a field by its key.
public struct FieldKey: Hashable, Sendable, CustomStringConvertible {
    /// The JSON key.
    public let rawValue: String

    /// The key of a field.
    public init<Field: RegisterField>(_ field: Field) {
        rawValue = field.rawValue
    }

    /// A key read back from a diagnostics file.
    public init(recorded key: String) {
        rawValue = key
    }

    public var description: String { rawValue }
}
