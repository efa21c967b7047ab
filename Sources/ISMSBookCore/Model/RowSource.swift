/// The file and row a record came from.
public struct RowSource: Hashable, Sendable {
    /// The path as the user gave it.
    public var file: String
    /// The row as a spreadsheet shows it.
    public var row: Int

    /// Creates a row source.
    public init(file: String, row: Int) {
        self.file = file
        self.row = row
    }

    /// `file:row`.
    public var description: String { "\(file):\(row)" }
}
