/// Where a diagnostic points: a file, and optionally a row and a column inside it.
///
/// Rows are counted the way a spreadsheet shows them: the first record of the file is row 1, so the
/// header of a register without a title block is row 1 and its first data row is row 2. A quoted
/// field that spans several lines still counts as one row, as Excel shows it.
public struct SourceLocation: Hashable, Sendable {
    /// The path of the input file as the user gave it.
    public var file: String
    /// The 1-based row, as a spreadsheet shows it, or `nil` for a whole-file problem.
    public var row: Int?
    /// The 1-based column (field index), or `nil` for a whole-row problem.
    public var column: Int?
    /// The header text of the column, as written in the file.
    public var columnName: String?
    /// The sheet, for a workbook.
    public var sheet: String?

    /// Creates a location.
    public init(file: String, row: Int? = nil, column: Int? = nil, columnName: String? = nil, sheet: String? = nil) {
        self.file = file
        self.row = row
        self.column = column
        self.columnName = columnName
        self.sheet = sheet
    }

    /// `FILE`, `FILE:ROW` or `FILE:ROW:COLUMN`, the prefix of a compiler-style diagnostic line; in
    /// a workbook `FILE[SHEET]!C12`, `FILE[SHEET]!12:12` (a whole row) or `FILE[SHEET]`.
    public var description: String {
        if let sheet {
            let prefix = "\(file)[\(sheet)]"
            guard let row else { return prefix }
            guard let column else { return "\(prefix)!\(row):\(row)" }
            return "\(prefix)!\(ColumnLetters.name(of: column - 1))\(row)"
        }
        var text = file
        if let row {
            text += ":\(row)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}
