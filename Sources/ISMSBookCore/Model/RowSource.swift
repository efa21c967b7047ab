/// The file and row a record came from.
public struct RowSource: Hashable, Sendable {
    /// The path as the user gave it.
    public var file: String
    /// The row as a spreadsheet shows it.
    public var row: Int
    /// The department the file came from, in a batch (its folder's name).
    public var department: String?

    /// Creates a row source.
    public init(file: String, row: Int, department: String? = nil) {
        self.file = file
        self.row = row
        self.department = department
    }

    /// `file:row`.
    public var description: String { "\(file):\(row)" }
}
