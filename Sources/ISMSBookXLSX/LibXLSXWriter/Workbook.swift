import CXLSXWriter
import Foundation

/// Owns a libxlsxwriter workbook: its handle, its formats and its worksheets.
///
/// The file is written only by ``close()``; a workbook dropped without it is freed and writes
/// nothing. Worksheets, formats and charts belong to the workbook and must not be used after
/// ``close()``. A workbook is used from one thread at a time.
final class Workbook {
    /// Options for a new workbook.
    struct Options {
        /// Flush each row as the next one starts, so memory stays flat however many rows are
        /// written; rows must then be written in order, and tables are refused (autofilter works).
        var constantMemory = true
        /// Where libxlsxwriter keeps its temporary files; the system's default when `nil`.
        var temporaryDirectory: String?
        /// Allow ZIP64, needed when the file or one of its parts passes 4 GiB.
        var useZip64 = false
    }

    /// Document properties (File ▸ Properties in Excel).
    struct Properties {
        var title: String
        var subject: String
        var author: String
        var company: String
        var comments: String
        /// The creation time; fixed, so the same inputs give the same bytes.
        var created: Date
    }

    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// C strings that libxlsxwriter may keep pointers to until the workbook is written.
    private var retainedStrings: [UnsafeMutablePointer<CChar>] = []

    /// Creates a workbook that ``close()`` will write to `path`.
    init(path: String, options: Options) throws {
        var cOptions = lxw_workbook_options()
        cOptions.constant_memory = options.constantMemory ? 1 : 0
        cOptions.use_zip64 = options.useZip64 ? 1 : 0
        if let directory = options.temporaryDirectory {
            let copy = strdup(directory)
            if let copy { retainedStrings.append(copy) }
            cOptions.tmpdir = copy
        }
        guard let handle = path.withCString({ workbook_new_opt($0, &cOptions) }) else {
            retainedStrings.forEach { free($0) }
            throw XLSXWriterError(LXW_ERROR_CREATING_XLSX_FILE, operation: "creating workbook \(path)")
        }
        self.handle = handle
    }

    deinit {
        if let handle { lxw_workbook_free(handle) }
        retainedStrings.forEach { free($0) }
    }

    private func live() throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw XLSXWriterError(operation: "workbook", message: "used after close()") }
        return handle
    }

    /// Adds a worksheet; `name` must already be a valid, unique sheet name.
    func addWorksheet(named name: String) throws -> Worksheet {
        let workbook = try live()
        guard let sheet = name.withCString({ workbook_add_worksheet(workbook, $0) }) else {
            throw XLSXWriterError(operation: "adding sheet '\(name)'", message: "invalid or duplicate sheet name")
        }
        return Worksheet(handle: sheet, name: name, workbook: self)
    }

    /// The libxlsxwriter format for a style, created once per distinct style.
    func format(_ style: CellStyle) throws -> UnsafeMutablePointer<lxw_format> {
        if let format = formats[style] { return format }
        guard let format = workbook_add_format(try live()) else {
            throw XLSXWriterError(operation: "adding a format", message: "out of memory")
        }
        if style.isBold { format_set_bold(format) }
        if let size = style.fontSize { format_set_font_size(format, size) }
        if let color = style.fontColor { format_set_font_color(format, color) }
        if let color = style.fillColor {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, color)
        }
        if let numberFormat = style.numberFormat { numberFormat.withCString { format_set_num_format(format, $0) } }
        if style.wrapsText { format_set_text_wrap(format) }
        if style.hasBorder {
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_border_color(format, 0xA6A6A6)
        }
        if style.alignsCenter { format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue)) }
        if style.alignsTop { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        formats[style] = format
        return format
    }

    /// Adds a column chart.
    func addColumnChart() throws -> UnsafeMutablePointer<lxw_chart> {
        guard let chart = workbook_add_chart(try live(), UInt8(LXW_CHART_COLUMN.rawValue)) else {
            throw XLSXWriterError(operation: "adding a chart", message: "out of memory")
        }
        return chart
    }

    /// Adds a stacked column chart (each category's series stacked into one column).
    func addStackedColumnChart() throws -> UnsafeMutablePointer<lxw_chart> {
        guard let chart = workbook_add_chart(try live(), UInt8(LXW_CHART_COLUMN_STACKED.rawValue)) else {
            throw XLSXWriterError(operation: "adding a chart", message: "out of memory")
        }
        return chart
    }

    /// Sets the document properties.
    func setProperties(_ properties: Properties) throws {
        var cProperties = lxw_doc_properties()
        cProperties.title = retain(properties.title)
        cProperties.subject = retain(properties.subject)
        cProperties.author = retain(properties.author)
        cProperties.company = retain(properties.company)
        cProperties.comments = retain(properties.comments)
        cProperties.created = time_t(properties.created.timeIntervalSince1970)
        try XLSXWriterError.check(workbook_set_properties(try live(), &cProperties), "setting document properties")
    }

    /// A C copy of `text` that lives as long as the workbook.
    func retain(_ text: String) -> UnsafeMutablePointer<CChar>? {
        let copy = strdup(text)
        if let copy { retainedStrings.append(copy) }
        return copy
    }

    /// Writes the file and frees the workbook, whether or not writing succeeds.
    func close() throws {
        guard let handle else { return }
        self.handle = nil  // workbook_close frees the workbook, whatever it returns
        formats.removeAll()
        try XLSXWriterError.check(workbook_close(handle), "writing the workbook")
    }
}
