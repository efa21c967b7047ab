import CXLSXWriter
import Foundation
import ISMSBookCore

/// A worksheet of a ``Workbook``: cell writes and sheet settings, each libxlsxwriter error thrown.
///
/// Text is only ever written with `worksheet_write_string`, which stores it as a string whatever it
/// looks like (`=SUM(A1)`, `+81…`, `@x`, `http://…`): no value from a register becomes a formula or
/// a hyperlink.
final class Worksheet {
    /// Excel's last row index (0-based): 1,048,576 rows in all.
    static let maximumRow = Int(LXW_ROW_MAX) - 1
    /// Excel's last column index (0-based): 16,384 columns in all.
    static let maximumColumn = Int(LXW_COL_MAX) - 1

    private let sheet: UnsafeMutablePointer<lxw_worksheet>
    /// The sheet's name.
    let name: String
    // Worksheets belong to the workbook; holding it keeps the handle alive until it is closed.
    private let workbook: Workbook

    init(handle: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: Workbook) {
        sheet = handle
        self.name = name
        self.workbook = workbook
    }

    /// A format of the workbook, ready to be passed to the cell writes.
    typealias Format = Workbook.Format

    /// The handle, or the error for a sheet whose workbook is closed (which freed it).
    private func live(_ operation: @autoclosure () -> String) throws -> UnsafeMutablePointer<lxw_worksheet> {
        _ = try workbook.live(operation())
        return sheet
    }

    /// `writing Sheet!B3`.
    private func writing(_ row: Int, _ column: Int) -> String { "writing \(name)!\(Self.cellName(row: row, column: column))" }

    /// Writes text as a string cell.
    func write(_ text: String, row: Int, column: Int, style: CellStyle = .text) throws {
        try write(text, row: row, column: column, format: try workbook.format(style))
    }

    /// Writes text as a string cell with a format looked up beforehand.
    func write(_ text: String, row: Int, column: Int, format: Format) throws {
        let handle = try live(writing(row, column))
        let result = LiteralEscapes.protect(text).withCString {
            worksheet_write_string(handle, lxw_row_t(row), lxw_col_t(column), $0, format.pointer)
        }
        try XLSXWriterError.check(result, writing(row, column))
    }

    /// Writes a number.
    func write(_ number: Double, row: Int, column: Int, style: CellStyle = .text) throws {
        try write(number, row: row, column: column, format: try workbook.format(style))
    }

    /// Writes a number with a format looked up beforehand.
    func write(_ number: Double, row: Int, column: Int, format: Format) throws {
        let result = worksheet_write_number(try live(writing(row, column)), lxw_row_t(row), lxw_col_t(column), number, format.pointer)
        try XLSXWriterError.check(result, writing(row, column))
    }

    /// Writes an empty cell that carries a style (a fill, a border).
    func writeBlank(row: Int, column: Int, style: CellStyle) throws {
        try writeBlank(row: row, column: column, format: try workbook.format(style))
    }

    /// Writes an empty cell with a format looked up beforehand.
    func writeBlank(row: Int, column: Int, format: Format) throws {
        let result = worksheet_write_blank(try live(writing(row, column)), lxw_row_t(row), lxw_col_t(column), format.pointer)
        try XLSXWriterError.check(result, writing(row, column))
    }

    /// Writes a formula. Only for cells the tool computes itself, never for register data.
    func writeFormula(_ formula: String, row: Int, column: Int, style: CellStyle = .text) throws {
        let format = try workbook.format(style)
        let handle = try live(writing(row, column))
        let result = formula.withCString { worksheet_write_formula(handle, lxw_row_t(row), lxw_col_t(column), $0, format.pointer) }
        try XLSXWriterError.check(result, writing(row, column))
    }

    /// Sets the height of a row in points. In constant-memory mode only the row being written (or
    /// the next one) can be set, so this is called just before the row's cells are written.
    func setRowHeight(_ row: Int, points: Double) throws {
        try XLSXWriterError.check(
            worksheet_set_row(try live("setting a row height on \(name)"), lxw_row_t(row), points, nil), "setting a row height on \(name)")
    }

    /// Sets the width of one column, in characters of the default font.
    func setColumnWidth(_ column: Int, width: Double) throws {
        let handle = try live("setting column widths of \(name)")
        try XLSXWriterError.check(
            worksheet_set_column(handle, lxw_col_t(column), lxw_col_t(column), width, nil), "setting column widths of \(name)")
    }

    /// Freezes the rows above `row` and the columns left of `column`.
    func freezePanes(row: Int, column: Int) throws {
        worksheet_freeze_panes(try live("freezing panes of \(name)"), lxw_row_t(row), lxw_col_t(column))
    }

    /// Adds an autofilter over a range (tables are not available in constant-memory mode).
    func autofilter(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws {
        let result = worksheet_autofilter(
            try live("adding an autofilter to \(name)"), lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow), lxw_col_t(lastColumn))
        try XLSXWriterError.check(result, "adding an autofilter to \(name)")
    }

    /// A4 landscape, one page wide, the first `repeatedRows` rows on every page, and a footer.
    func setUpPrinting(repeatedRows: Int, header: String, footer: String) throws {
        let handle = try live("setting up printing of \(name)")
        worksheet_set_landscape(handle)
        worksheet_set_paper(handle, 9)  // 9 = A4 in Excel's paper size table
        worksheet_fit_to_pages(handle, 1, 0)
        worksheet_set_margins(handle, 0.4, 0.4, 0.6, 0.6)
        if repeatedRows > 0 {
            try XLSXWriterError.check(worksheet_repeat_rows(handle, 0, lxw_row_t(repeatedRows - 1)), "setting print titles")
        }
        try XLSXWriterError.check(header.withCString { worksheet_set_header(handle, $0) }, "setting the page header")
        try XLSXWriterError.check(footer.withCString { worksheet_set_footer(handle, $0) }, "setting the page footer")
    }

    /// Colours the cells of a range whose number lies in `minimum...maximum`.
    func highlightNumbers(in range: (firstRow: Int, column: Int, lastRow: Int), minimum: Int, maximum: Int, style: CellStyle) throws {
        var rule = lxw_conditional_format()
        rule.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
        rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_BETWEEN.rawValue)
        rule.min_value = Double(minimum)
        rule.max_value = Double(maximum)
        rule.format = try workbook.format(style).pointer
        let result = worksheet_conditional_format_range(
            try live("adding conditional formatting to \(name)"), lxw_row_t(range.firstRow), lxw_col_t(range.column),
            lxw_row_t(range.lastRow), lxw_col_t(range.column), &rule)
        try XLSXWriterError.check(result, "adding conditional formatting to \(name)")
    }

    /// Colours the cells of a column whose text equals `text`.
    func highlightText(in range: (firstRow: Int, column: Int, lastRow: Int), equalTo text: String, style: CellStyle) throws {
        var rule = lxw_conditional_format()
        rule.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
        rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_EQUAL_TO.rawValue)
        rule.format = try workbook.format(style).pointer
        let handle = try live("adding conditional formatting to \(name)")
        let quoted = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let result = quoted.withCString { value -> lxw_error in
            rule.value_string = UnsafeMutablePointer(mutating: value)
            return worksheet_conditional_format_range(
                handle, lxw_row_t(range.firstRow), lxw_col_t(range.column), lxw_row_t(range.lastRow),
                lxw_col_t(range.column), &rule)
        }
        try XLSXWriterError.check(result, "adding conditional formatting to \(name)")
    }

    /// Tells Excel not to flag numbers stored as text (ids such as `0012`) in a range.
    func ignoreNumbersStoredAsText(in range: String) throws {
        let handle = try live("setting ignored errors on \(name)")
        let result = range.withCString {
            worksheet_ignore_errors(handle, UInt8(LXW_IGNORE_NUMBER_STORED_AS_TEXT.rawValue), $0)
        }
        try XLSXWriterError.check(result, "setting ignored errors on \(name)")
    }

    /// Places a chart with its top-left corner at a cell.
    func insert(_ chart: Chart, row: Int, column: Int) throws {
        let result = worksheet_insert_chart(try live("inserting a chart"), lxw_row_t(row), lxw_col_t(column), try chart.pointer)
        try XLSXWriterError.check(result, "inserting a chart")
    }

    /// Writes a formula together with the value it evaluates to, so that the file shows the
    /// number before any recalculation (viewers, previews, and readers that do not calculate).
    /// Only for cells the tool computes itself, never for register data.
    func writeFormula(_ formula: String, value: Double, row: Int, column: Int, style: CellStyle = .text) throws {
        let format = try workbook.format(style)
        let handle = try live(writing(row, column))
        let result = formula.withCString {
            worksheet_write_formula_num(handle, lxw_row_t(row), lxw_col_t(column), $0, format.pointer, value)
        }
        try XLSXWriterError.check(result, writing(row, column))
    }

    /// Styles the cells of a range where `formula` is true. Relative references in the formula are
    /// written for the range's top-left cell and move with each cell, as in Excel's "Use a formula
    /// to determine which cells to format".
    func highlight(
        _ range: (firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int), where formula: String, style: CellStyle
    ) throws {
        var rule = lxw_conditional_format()
        rule.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
        rule.format = try workbook.format(style).pointer
        let handle = try live("adding conditional formatting to \(name)")
        let result = formula.withCString { text -> lxw_error in
            rule.value_string = UnsafeMutablePointer(mutating: text)
            return worksheet_conditional_format_range(
                handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn), lxw_row_t(range.lastRow),
                lxw_col_t(range.lastColumn), &rule)
        }
        try XLSXWriterError.check(result, "adding conditional formatting to \(name)")
    }

    /// Sets the width of a range of columns, in characters of the default font.
    func setColumnWidths(_ columns: ClosedRange<Int>, width: Double) throws {
        let result = worksheet_set_column(
            try live("setting column widths of \(name)"), lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound), width, nil)
        try XLSXWriterError.check(result, "setting column widths of \(name)")
    }

    /// What a data validation allows in a range of cells.
    enum Validation {
        /// One of these values, from a drop-down list.
        case list([String])
        /// A whole number in the range.
        case wholeNumber(ClosedRange<Int>)
        /// A date.
        case date
    }

    /// Adds a data validation with an input message (shown when a cell is selected) to a column.
    ///
    /// Excel limits a list's text to 255 characters, a title to 32 and a message to 255.
    func addValidation(
        _ validation: Validation, column: Int, rows: ClosedRange<Int>, title: String, message: String, strict: Bool = true
    ) throws {
        let handle = try live("adding data validation to \(name)")
        var rule = lxw_data_validation()
        rule.error_type = UInt8(strict ? LXW_VALIDATION_ERROR_TYPE_STOP.rawValue : LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
        var values: [String] = []
        switch validation {
        case .list(let list):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            values = list
        case .wholeNumber(let range):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            rule.minimum_number = Double(range.lowerBound)
            rule.maximum_number = Double(range.upperBound)
        case .date:
            rule.validate = UInt8(LXW_VALIDATION_TYPE_DATE.rawValue)
            rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            rule.minimum_datetime = lxw_datetime(year: 1900, month: 1, day: 1, hour: 0, min: 0, sec: 0)
            rule.maximum_datetime = lxw_datetime(year: 9999, month: 12, day: 31, hour: 0, min: 0, sec: 0)
        }
        let result = String(title.prefix(32)).withCString { title in
            String(message.prefix(255)).withCString { message in
                withCStrings(values) { list -> lxw_error in
                    rule.input_title = UnsafeMutablePointer(mutating: title)
                    rule.input_message = UnsafeMutablePointer(mutating: message)
                    if !values.isEmpty { rule.value_list = list }
                    return worksheet_data_validation_range(
                        handle, lxw_row_t(rows.lowerBound), lxw_col_t(column), lxw_row_t(rows.upperBound), lxw_col_t(column), &rule)
                }
            }
        }
        try XLSXWriterError.check(result, "adding data validation to \(name)")
    }

    /// Adds a comment (a note) to a cell.
    func addComment(_ text: String, row: Int, column: Int) throws {
        let handle = try live("adding a comment to \(name)")
        let result = text.withCString { worksheet_write_comment(handle, lxw_row_t(row), lxw_col_t(column), $0) }
        try XLSXWriterError.check(result, "adding a comment to \(name)!\(Self.cellName(row: row, column: column))")
    }

    /// Makes this the sheet shown when the file opens.
    func activate() throws { worksheet_activate(try live("activating \(name)")) }

    /// Offers a drop-down of `values` in the cells of a column (Excel's list data validation) and
    /// refuses other entries with `message`, so that results stay countable. Blank cells are allowed.
    ///
    /// libxlsxwriter copies the list and the texts before returning. Excel limits a list to 255
    /// characters in all.
    func addDropDown(_ range: (firstRow: Int, column: Int, lastRow: Int), values: [String], title: String, message: String) throws {
        let handle = try live("adding a drop-down to \(name)")
        let result = withCStrings(values) { list in
            title.withCString { title in
                message.withCString { message -> lxw_error in
                    var validation = lxw_data_validation()
                    validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
                    validation.ignore_blank = UInt8(LXW_VALIDATION_ON.rawValue)
                    validation.dropdown = UInt8(LXW_VALIDATION_ON.rawValue)
                    validation.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
                    validation.value_list = list
                    validation.error_title = UnsafeMutablePointer(mutating: title)
                    validation.error_message = UnsafeMutablePointer(mutating: message)
                    return worksheet_data_validation_range(
                        handle, lxw_row_t(range.firstRow), lxw_col_t(range.column), lxw_row_t(range.lastRow),
                        lxw_col_t(range.column), &validation)
                }
            }
        }
        try XLSXWriterError.check(result, "adding a drop-down to \(name)")
    }

    /// `A1`-style name of a 0-based cell.
    static func cellName(row: Int, column: Int) -> String {
        "\(ColumnLetters.name(of: column))\(row + 1)"
    }
}
