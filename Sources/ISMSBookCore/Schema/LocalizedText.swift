/// A text in both of the workbook's languages: a sheet heading, a label, a help text.
public struct LocalizedText: Sendable, Hashable {
    /// The Japanese text.
    public var japanese: String
    /// The English text.
    public var english: String

    /// Creates a text.
    public init(_ japanese: String, _ english: String) {
        self.japanese = japanese
        self.english = english
    }

    /// The text in a language.
    public func text(in language: Language) -> String { language.pick(japanese, english) }
}
