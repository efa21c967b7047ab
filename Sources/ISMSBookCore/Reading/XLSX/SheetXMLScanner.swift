import Foundation

/// Reads a worksheet part (`xl/worksheets/sheetN.xml`) row by row, pulling bytes as it needs them.
///
/// It understands what a sheet's `<sheetData>` holds (`row`, `c`, `v`, `f`, `is`, `t`, `r`, `rPh`)
/// and keeps one row in memory, so a sheet of any size streams in flat memory.
struct SheetXMLScanner {
    /// A cell as written in the XML, before shared strings and styles are applied.
    struct RawCell {
        /// 0-based column.
        var column: Int
        /// The `t` attribute: `s`, `inlineStr`, `str`, `b`, `e`, `n` (default) or `d`.
        var type: String
        /// The `s` attribute (style index).
        var style: Int
        /// The `<v>` text, or the inline string's text.
        var value: String
        /// Whether the cell holds a formula.
        var hasFormula: Bool
        /// The formula's text, when it is written out (shared formulas refer to another cell's).
        var formula: String?
        /// Whether the cell has a value (`<v>` or an inline string); a formula saved by a program
        /// that does not calculate has none.
        var hasValue = false
    }

    /// A row: its 1-based number and its cells.
    struct RawRow {
        var number: Int
        var cells: [RawCell]
        var isHidden: Bool
    }

    private var xml: XMLPullScanner
    /// The number of the row before, for rows written without `r` (the attribute is optional).
    private var lastRow = 0

    /// - Parameter source: returns the next bytes of the part, or an empty array at its end.
    init(source: @escaping () throws -> [UInt8]) {
        xml = XMLPullScanner(source: source)
    }

    // MARK: - Rows

    /// The next row, or `nil` at the end of the sheet data.
    mutating func nextRow() throws -> RawRow? {
        var row: RawRow?
        var cell: RawCell?
        var phoneticDepth = 0
        var lastColumn = -1
        while let tag = try xml.nextTag() {
            switch (tag.name, tag.kind) {
            case ("row", XMLPullScanner.Tag.Kind.open), ("row", XMLPullScanner.Tag.Kind.empty):
                // A reference outside Excel's grid is treated as absent, so arithmetic on it cannot overflow.
                let number = tag.attribute("r").flatMap { Int($0) }.flatMap { (1...Self.maxRows).contains($0) ? $0 : nil }
                    ?? lastRow + 1
                lastRow = number
                lastColumn = -1
                row = RawRow(number: number, cells: [], isHidden: tag.attribute("hidden") == "1" || tag.attribute("hidden") == "true")
                if tag.kind == .empty, let finished = row { return finished }
            case ("row", .close):
                if let finished = row { return finished }
            case ("c", XMLPullScanner.Tag.Kind.open), ("c", XMLPullScanner.Tag.Kind.empty):
                let column = tag.attribute("r").flatMap(Self.column(of:)) ?? lastColumn + 1
                lastColumn = column
                cell = RawCell(
                    column: column, type: tag.attribute("t") ?? "n", style: tag.attribute("s").flatMap { Int($0) } ?? 0,
                    value: "", hasFormula: false)
                if tag.kind == .empty, let finished = cell {
                    row?.cells.append(finished)
                    cell = nil
                }
            case ("c", .close):
                if let finished = cell { row?.cells.append(finished) }
                cell = nil
            case ("f", XMLPullScanner.Tag.Kind.empty):
                cell?.hasFormula = true
            case ("f", .open):
                cell?.hasFormula = true
                xml.text.removeAll(keepingCapacity: true)
                xml.isCollecting = true
            case ("f", .close):
                cell?.formula = xml.takeText()
                xml.isCollecting = false
            case ("v", .open):
                xml.text.removeAll(keepingCapacity: true)
                xml.isCollecting = true
            case ("v", .close):
                cell?.value = xml.takeText()
                cell?.hasValue = true
                xml.isCollecting = false
            case ("rPh", .open):
                phoneticDepth += 1
            case ("rPh", .close):
                phoneticDepth -= 1
            case ("t", .open) where phoneticDepth == 0:
                xml.text.removeAll(keepingCapacity: true)
                xml.isCollecting = true
            case ("t", .close) where xml.isCollecting:
                cell?.value += xml.takeText()
                cell?.hasValue = true
                xml.isCollecting = false
            case ("sheetData", .close):
                return nil
            default:
                continue
            }
        }
        return row
    }

    /// Excel's grid: 1,048,576 rows by 16,384 columns (XFD).
    static let maxRows = 1_048_576
    static let maxColumns = 16_384

    /// `C12` → 2 (the column, 0-based); nil when the letters are missing or name a column past XFD.
    static func column(of reference: String) -> Int? {
        var column = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): column = column * 26 + Int(byte) - 64
            case UInt8(ascii: "a")...UInt8(ascii: "z"): column = column * 26 + Int(byte) - 96
            default: return column > 0 ? column - 1 : nil
            }
            if column > maxColumns { return nil }
        }
        return column > 0 ? column - 1 : nil
    }
}
