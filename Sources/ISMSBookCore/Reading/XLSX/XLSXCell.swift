/// A cell read from an .xlsx file.
public struct XLSXCell: Sendable, Equatable {
    /// What a cell holds.
    public enum Value: Sendable, Equatable {
        /// Text: a shared string, an inline string, or a formula's string result.
        case string(String)
        /// A number; dates are numbers with a date format (see ``XLSXCell/isDate``).
        case number(Double)
        /// A boolean.
        case boolean(Bool)
        /// An error value such as `#N/A`.
        case error(String)
    }

    /// The 0-based row.
    public var row: Int
    /// The 0-based column.
    public var column: Int
    /// The value (for a formula, its cached result).
    public var value: Value
    /// The formula, if the cell holds one.
    public var formula: String?
    /// Whether the cell's number format shows a date.
    public var isDate: Bool

    /// The text of a string cell.
    public var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// The number of a numeric cell.
    public var number: Double? {
        if case .number(let number) = value { return number }
        return nil
    }
}
