/// The file and row a record came from.
public struct RowSource: Hashable, Sendable {
    /// The path as the user gave it.
    public var file: String
    /// The row as a spreadsheet shows it.
    public var row: Int
    /// The department the file came from, in a batch (its folder's name).
    public var department: String?
    /// The sheet, for a workbook.
    public var sheet: String?

    /// Creates a row source.
    public init(file: String, row: Int, department: String? = nil, sheet: String? = nil) {
        self.file = file
        self.row = row
        self.department = department
        self.sheet = sheet
    }

    /// `file:row`, or `file[sheet]:row` for a workbook.
    public var description: String { sheet.map { "\(file)[\($0)]:\(row)" } ?? "\(file):\(row)" }

    /// Where the row is, for diagnostics.
    public var location: SourceLocation { SourceLocation(file: file, row: row, sheet: sheet) }
}
