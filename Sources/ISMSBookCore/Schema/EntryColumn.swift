/// A column a department fills in: what the fill-in template (`ismsbook template`) says about it
/// and allows in it.
public struct EntryColumn: Sendable {
    /// What a column allows, for the template's data validation.
    public enum Allowed: Sendable, Equatable {
        /// Free text.
        case text
        /// A whole number in a range (a rating on the profile's scale).
        case level(ClosedRange<Int>)
        /// One of these words (Japanese and English lists); others are refused when strict.
        case list(japanese: [String], english: [String], isStrict: Bool)
        /// A date.
        case date
    }

    /// The template's header, when it is not the sheet heading (it must be a header ismsbook reads).
    public var header: LocalizedText?
    /// What to write.
    public var help: LocalizedText
    /// What the column allows.
    public var allowed: Allowed
    /// Example values for the instructions sheet's sample rows.
    public var examples: [LocalizedText]

    /// Creates a column.
    public init(header: LocalizedText? = nil, help: LocalizedText, allowed: Allowed = .text, examples: [LocalizedText]) {
        self.header = header
        self.help = help
        self.allowed = allowed
        self.examples = examples
    }
}
