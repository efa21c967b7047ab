/// One record of a register file, decoded to text but not yet interpreted.
public struct RawRecord: Sendable {
    /// The row as a spreadsheet shows it (the file's first record is row 1).
    public var row: Int
    /// The decoded cells, trailing empty cells included.
    public var fields: [String]
    /// Problems found while splitting or decoding the record, located at this row.
    public var diagnostics: [Diagnostic]

    /// Whether every cell is empty or white space.
    public var isBlank: Bool {
        fields.allSatisfy(TextNormaliser.isBlank)
    }
}
