import ISMSBookCore

/// Streams rows into a formatted table sheet: a bold header row, frozen, filtered, printable, with
/// column widths fitted to the content once the last row is written.
///
/// Rows go out one by one in constant-memory mode. A register longer than a sheet continues on
/// `NAME (2)`, and text longer than a cell holds is cut, each with a warning: nothing is dropped
/// without a word.
final class TableSheetWriter {
    /// Excel's limit on the characters of a cell (UTF-16 code units).
    static let maximumCellLength = 32_767

    private let workbook: Workbook
    private let baseName: String
    private let columns: [TableColumn]
    private let context: SheetContext
    private let rowLimit: Int
    private(set) var sheets: [Worksheet] = []
    private var widths: [Int]
    /// The width at which each column wraps: its maximum width, less a character of padding.
    private let wrapWidths: [Int]
    private var measured: [Int] = []
    private let plainFormats: [Worksheet.Format]
    private var nextRow = 1
    /// Data rows written, over all sheets.
    private(set) var rowCount = 0
    /// The sheet and 0-based row of each data row's first cell, for the caller's decorations.
    private var rowsPerSheet: [Int] = []

    /// Adds the sheet and writes its header row.
    ///
    /// - Parameter rowLimit: data rows per sheet; the context's (Excel's limit) by default.
    init(workbook: Workbook, name: String, columns: [TableColumn], context: SheetContext, rowLimit: Int? = nil) throws {
        self.workbook = workbook
        baseName = name
        self.columns = columns
        self.context = context
        self.rowLimit = rowLimit ?? context.rowsPerSheet
        widths = columns.map { DisplayWidth.of($0.title) + 2 }
        wrapWidths = columns.map { max(Int($0.maximumWidth) - 1, 1) }
        plainFormats = try columns.map { try workbook.format($0.style) }
        try startSheet()
    }

    /// The current sheet.
    var sheet: Worksheet { sheets[sheets.count - 1] }

    private func startSheet() throws {
        let name = sheets.isEmpty ? baseName : "\(baseName) (\(sheets.count + 1))"
        let sheet = try workbook.addWorksheet(named: name)
        for (index, column) in columns.enumerated() {
            try sheet.write(column.title, row: 0, column: index, style: .header)
        }
        sheets.append(sheet)
        rowsPerSheet.append(0)
        nextRow = 1
    }

    /// Writes one row; `source` locates it in the input, for the warnings about cut text.
    func append(_ cells: [StyledCell], source: SourceLocation?) throws {
        if nextRow > rowLimit {
            try startSheet()
            let location = source ?? SourceLocation(file: baseName)
            context.diagnostics.report(Diagnostic(.warning, .sheetContinued(sheet: sheet.name), at: location))
        }
        // Measure every text cell once: its widest line widens the column, its line count sets
        // the row height (neither Excel nor LibreOffice grows a row for wrapped text on opening).
        var lines = 1
        measured.removeAll(keepingCapacity: true)
        for (index, cell) in cells.enumerated() where index < columns.count {
            guard case .text(let text) = cell.content else {
                measured.append(0)
                continue
            }
            let size = DisplayWidth.measure(text, wrapWidth: wrapWidths[index])
            measured.append(size.widest)
            if columns[index].wraps { lines = max(lines, size.lines) }
        }
        if lines > 1 {
            try sheet.setRowHeight(nextRow, points: min(Self.lineHeight * Double(lines) + 2, 409))
        }
        for (index, cell) in cells.enumerated() where index < columns.count {
            try write(cell, column: index, textWidth: measured[index], source: source)
        }
        nextRow += 1
        rowCount += 1
        rowsPerSheet[rowsPerSheet.count - 1] += 1
    }

    /// The style of a cell: its column's, with the cell's mark on top.
    private func style(column: Int, mark: StyledCell.Mark) -> CellStyle {
        let style = columns[column].style
        switch mark {
        case .none: return style
        case .error: return style.markedAsError
        case .warning: return style.markedAsWarning
        case .fill(let color): return style.filled(color)
        }
    }

    /// The libxlsxwriter format of a cell. Unmarked cells take their column's format from an array
    /// instead of hashing the style: this runs for every cell of a register.
    private func format(column: Int, mark: StyledCell.Mark) throws -> Worksheet.Format {
        if mark == .none { return plainFormats[column] }
        return try workbook.format(style(column: column, mark: mark))
    }

    private func write(_ cell: StyledCell, column: Int, textWidth: Int, source: SourceLocation?) throws {
        let format = try format(column: column, mark: cell.mark)
        let width: Int
        switch cell.content {
        case .text(var text):
            if text.utf8.count > Self.maximumCellLength, text.utf16.count > Self.maximumCellLength {
                text = Self.truncated(text)
                let cellName = Worksheet.cellName(row: nextRow, column: column)
                var location = source ?? SourceLocation(file: baseName)
                location.column = nil
                context.diagnostics.report(
                    Diagnostic(.warning, .cellTruncated(limit: Self.maximumCellLength, sheet: sheet.name, cell: cellName), at: location))
            }
            if text.isEmpty {
                if cell.mark != .none { try sheet.writeBlank(row: nextRow, column: column, format: format) }
                return
            }
            try sheet.write(text, row: nextRow, column: column, format: format)
            width = textWidth
        case .integer(let value):
            try sheet.write(Double(value), row: nextRow, column: column, format: format)
            width = value < 10 && value >= 0 ? 1 : String(value).count
        case .date(let date):
            try sheet.write(Double(date.excelSerial), row: nextRow, column: column, format: format)
            width = 10
        case .empty:
            if cell.mark != .none { try sheet.writeBlank(row: nextRow, column: column, format: format) }
            return
        }
        if width + 2 > widths[column] { widths[column] = width + 2 }
    }

    /// Points per line of the default 11-point font.
    static let lineHeight = 15.0

    /// Cuts text to Excel's limit without splitting a surrogate pair.
    static func truncated(_ text: String) -> String {
        var result = ""
        var units = 0
        for scalar in text.unicodeScalars {
            let length = scalar.utf16.count
            if units + length > maximumCellLength { break }
            result.unicodeScalars.append(scalar)
            units += length
        }
        return result
    }

    /// Sets widths, freezes the header, adds the autofilter and the print set-up on every sheet.
    func finish() throws {
        for (sheet, rows) in zip(sheets, rowsPerSheet) {
            for (index, column) in columns.enumerated() {
                try sheet.setColumnWidth(index, width: min(Double(widths[index]), column.maximumWidth))
            }
            try sheet.freezePanes(row: 1, column: 0)
            try sheet.autofilter(firstRow: 0, firstColumn: 0, lastRow: max(rows, 1), lastColumn: columns.count - 1)
            // Ids such as 0012 are text on purpose; spare the reader Excel's green triangles.
            let lastCell = Worksheet.cellName(row: max(rows, 1), column: columns.count - 1)
            try sheet.ignoreNumbersStoredAsText(in: "A1:\(lastCell)")
            try context.setUpPrinting(sheet, repeatedRows: 1)
        }
    }

    /// The last data row (0-based) on each sheet, for conditional formats over a column.
    var lastRows: [(Worksheet, Int)] { zip(sheets, rowsPerSheet).map { ($0, max($1, 1)) } }
}
