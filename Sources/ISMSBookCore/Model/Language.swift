/// The language of a workbook's titles, headers and messages.
public enum Language: String, Sendable, CaseIterable {
    /// Japanese: the default, for the auditors of a Japanese certification body.
    case japanese = "ja"
    /// English.
    case english = "en"

    /// Picks the Japanese or the English text.
    public func pick(_ japanese: String, _ english: String) -> String {
        self == .japanese ? japanese : english
    }
}
