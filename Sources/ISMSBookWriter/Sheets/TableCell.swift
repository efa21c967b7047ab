import ISMSBookCore

/// What goes into one cell of a table sheet.
enum TableCell {
    /// Text, always written as a string cell.
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A day, written as an Excel date (a serial number shown as yyyy/mm/dd).
    case date(CalendarDate)
    /// Nothing.
    case empty

    /// Text, or empty when `nil`.
    static func text(_ value: String?) -> TableCell { value.map { .text($0) } ?? .empty }
    /// A number, or empty when `nil`.
    static func integer(_ value: Int?) -> TableCell { value.map { .integer($0) } ?? .empty }
    /// A date, or empty when `nil`.
    static func date(_ value: CalendarDate?) -> TableCell { value.map { .date($0) } ?? .empty }

    /// A field's value: text, a number or a date; a yes/no as `true`/`false`, a list joined with
    /// `; ` (the schema's display gives the sheets their labels).
    init(_ value: FieldValue) {
        switch value {
        case .text(let text): self = .text(text)
        case .integer(let number): self = .integer(number)
        case .date(let date): self = .date(date)
        case .flag(let flag): self = .text(flag.map { $0 ? "true" : "false" })
        case .list(let list): self = .text(list.isEmpty ? nil : list.joined(separator: "; "))
        }
    }
}

/// A cell's content and how it is marked.
struct StyledCell {
    var content: TableCell
    /// Extra marking on top of the column's style.
    var mark: Mark = .none

    enum Mark: Equatable {
        case none
        case error
        case warning
        case fill(UInt32)
    }

    init(_ content: TableCell, mark: Mark = .none) {
        self.content = content
        self.mark = mark
    }
}

/// A column of a table sheet.
struct TableColumn {
    enum Kind {
        /// Short text.
        case text
        /// Free text that wraps (names, threats, notes).
        case longText
        /// Numbers, centred.
        case number
        /// Dates.
        case date

        /// The layout of a field of `kind` on a register sheet.
        init(_ kind: FieldKind) {
            switch kind {
            case .text, .flag, .list: self = .text
            case .longText: self = .longText
            case .integer: self = .number
            case .date: self = .date
            }
        }
    }

    var title: String
    var kind: Kind

    init(_ title: String, _ kind: Kind = .text) {
        self.title = title
        self.kind = kind
    }

    /// The column of a register field: its heading, and a layout that suits its kind.
    init<Field: SchemaField>(field: FieldDescriptor<Field>, language: Language) {
        self.init(field.title.text(in: language), Kind(field.kind))
    }

    var style: CellStyle {
        switch kind {
        case .text, .longText: .wrapped
        case .number: CellStyle.integer.centered
        case .date: CellStyle.date.centered
        }
    }

    /// Whether the column's text wraps within the column's width.
    var wraps: Bool { kind == .text || kind == .longText }

    /// The widest a column grows before its text wraps.
    var maximumWidth: Double {
        switch kind {
        case .longText: 40
        case .text: 24
        case .number, .date: 14
        }
    }
}
