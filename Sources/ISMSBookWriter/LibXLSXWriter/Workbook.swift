import CXLSXWriter
import Foundation

/// Owns a libxlsxwriter workbook: its handle, its formats and its worksheets and charts.
///
/// The file is written only by ``close()``; a workbook dropped without it is freed and writes
/// nothing. Worksheets, formats and charts belong to the workbook: used after ``close()`` they
/// throw ``XLSXWriterError/Reason/usedAfterClose`` instead of touching freed memory. A workbook is
/// used from one thread at a time (it is not `Sendable`).
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

    /// A format of the workbook, ready to be passed to the cell writes.
    struct Format {
        let pointer: UnsafeMutablePointer<lxw_format>
    }

    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [CellStyle: Format] = [:]

    /// Creates a workbook that ``close()`` will write to `path`.
    init(path: String, options: Options) throws {
        var cOptions = lxw_workbook_options()
        cOptions.constant_memory = options.constantMemory ? 1 : 0
        cOptions.use_zip64 = options.useZip64 ? 1 : 0
        let handle = path.withCString { path in
            withOptionalCString(options.temporaryDirectory) { directory in
                cOptions.tmpdir = directory
                return workbook_new_opt(path, &cOptions)
            }
        }
        guard let handle else { throw XLSXWriterError(LXW_ERROR_CREATING_XLSX_FILE, operation: "creating workbook \(path)") }
        self.handle = handle
    }

    deinit {
        if let handle { lxw_workbook_free(handle) }
    }

    /// Whether ``close()`` has not been called yet.
    var isOpen: Bool { handle != nil }

    /// The handle, or the error for a workbook already closed.
    func live(_ operation: @autoclosure () -> String) throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else {
            throw XLSXWriterError(.usedAfterClose, operation: operation(), message: "the workbook is already closed")
        }
        return handle
    }

    /// Adds a worksheet; `name` must already be a valid, unique sheet name.
    func addWorksheet(named name: String) throws -> Worksheet {
        let workbook = try live("adding sheet '\(name)'")
        guard let sheet = name.withCString({ workbook_add_worksheet(workbook, $0) }) else {
            throw XLSXWriterError(.notCreated, operation: "adding sheet '\(name)'", message: "invalid or duplicate sheet name")
        }
        return Worksheet(handle: sheet, name: name, workbook: self)
    }

    /// The libxlsxwriter format for a style, created once per distinct style.
    func format(_ style: CellStyle) throws -> Format {
        if let format = formats[style] {
            _ = try live("using a format")
            return format
        }
        guard let pointer = workbook_add_format(try live("adding a format")) else {
            throw XLSXWriterError(.notCreated, operation: "adding a format", message: "out of memory")
        }
        if style.isBold { format_set_bold(pointer) }
        if let size = style.fontSize { format_set_font_size(pointer, size) }
        if let color = style.fontColor { format_set_font_color(pointer, color) }
        if let color = style.fillColor {
            format_set_pattern(pointer, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(pointer, color)
        }
        if let numberFormat = style.numberFormat { numberFormat.withCString { format_set_num_format(pointer, $0) } }
        if style.wrapsText { format_set_text_wrap(pointer) }
        if style.hasBorder {
            format_set_border(pointer, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_border_color(pointer, 0xA6A6A6)
        }
        if style.alignsCenter { format_set_align(pointer, UInt8(LXW_ALIGN_CENTER.rawValue)) }
        if style.alignsTop { format_set_align(pointer, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        let format = Format(pointer: pointer)
        formats[style] = format
        return format
    }

    /// Adds a chart of a kind.
    func addChart(_ kind: Chart.Kind) throws -> Chart {
        guard let chart = workbook_add_chart(try live("adding a chart"), kind.type) else {
            throw XLSXWriterError(.notCreated, operation: "adding a chart", message: "out of memory")
        }
        return Chart(handle: chart, workbook: self)
    }

    /// Sets the document properties.
    func setProperties(_ properties: Properties) throws {
        let workbook = try live("setting document properties")
        let result = properties.title.withCString { title in
            properties.subject.withCString { subject in
                properties.author.withCString { author in
                    properties.company.withCString { company in
                        properties.comments.withCString { comments -> lxw_error in
                            var cProperties = lxw_doc_properties()
                            cProperties.title = UnsafeMutablePointer(mutating: title)
                            cProperties.subject = UnsafeMutablePointer(mutating: subject)
                            cProperties.author = UnsafeMutablePointer(mutating: author)
                            cProperties.company = UnsafeMutablePointer(mutating: company)
                            cProperties.comments = UnsafeMutablePointer(mutating: comments)
                            cProperties.created = time_t(properties.created.timeIntervalSince1970)
                            return workbook_set_properties(workbook, &cProperties)
                        }
                    }
                }
            }
        }
        try XLSXWriterError.check(result, "setting document properties")
    }

    /// Writes the file and frees the workbook, whether or not writing succeeds.
    func close() throws {
        guard let handle else { return }
        self.handle = nil  // workbook_close frees the workbook, whatever it returns
        formats.removeAll()
        try XLSXWriterError.check(workbook_close(handle), "writing the workbook")
    }
}

/// Calls `body` with a C copy of `text`, or with `nil`, valid during the call.
private func withOptionalCString<Result>(_ text: String?, _ body: (UnsafeMutablePointer<CChar>?) -> Result) -> Result {
    guard let text else { return body(nil) }
    return text.withCString { body(UnsafeMutablePointer(mutating: $0)) }
}
