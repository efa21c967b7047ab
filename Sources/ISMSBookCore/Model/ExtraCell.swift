/// A cell of a column the register does not know, kept exactly as written.
public struct ExtraCell: Hashable, Sendable {
    /// The column's header.
    public var header: String
    /// The cell's text, untouched.
    public var text: String

    /// Creates an extra cell.
    public init(header: String, text: String) {
        self.header = header
        self.text = text
    }
}
