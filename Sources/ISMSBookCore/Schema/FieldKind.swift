/// What a field holds: the type of its value in the interchange, and the way a register sheet
/// lays out its column.
public enum FieldKind: Sendable, Equatable {
    /// Short text (an id, a name of a person).
    case text
    /// Free text that wraps in its column (an asset's name, a threat, notes).
    case longText
    /// A whole number (a rating, a score), centred.
    case integer
    /// A day.
    case date
    /// Yes or no.
    case flag
    /// A list of texts.
    case list
}
