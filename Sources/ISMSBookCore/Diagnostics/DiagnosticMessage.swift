/// What a ``Diagnostic`` says, independent of the language it is shown in: a stable code for
/// scripts (`validate --format json`) and the text in both output languages.
///
/// The CLI prints messages in English on stderr; the workbook's 検証結果 / Validation sheet shows
/// them in the workbook's language. Each message is declared once below, its code and both texts
/// together; a diagnostic read back from a batch's `DEPT.diagnostics.jsonl` carries the code and
/// texts it was written with.
public struct DiagnosticMessage: Sendable, Hashable {
    /// A stable, machine-readable name, e.g. `duplicate-id`.
    public let code: String
    /// The message in Japanese.
    public let japanese: String
    /// The message in English.
    public let english: String

    /// A message with its code and both texts (also how a recorded message is read back).
    public init(code: String, japanese: String, english: String) {
        self.code = code
        self.japanese = japanese
        self.english = english
    }

    /// The message in the given language.
    public func text(in language: Language) -> String {
        language == .japanese ? japanese : english
    }
}
