import Foundation
import ISMSBookCore

/// What every sheet of a workbook shares: the language, the organisation, the date, and where
/// the diagnostics raised while writing go.
struct SheetContext {
    var language: Language
    var organisation: String
    var generatedOn: CalendarDate
    /// The workbook's own, shared by its sheets.
    var diagnostics = WritingDiagnostics()
    /// Whether register sheets start with the record's department (a batch's consolidated workbook).
    var showsDepartment = false
    /// Data rows per table sheet before it continues on `NAME (2)`: Excel's limit, unless a test
    /// needs a small one.
    var rowsPerSheet = Worksheet.maximumRow

    /// The department column, when shown.
    var departmentColumns: [TableColumn] {
        showsDepartment ? [TableColumn(text("部門", "Department"))] : []
    }

    /// The department cell of a record, when shown.
    func departmentCells(_ source: RowSource) -> [StyledCell] {
        showsDepartment ? [StyledCell(.text(source.department))] : []
    }

    /// Picks the Japanese or the English text.
    func text(_ japanese: String, _ english: String) -> String { language.pick(japanese, english) }

    /// A4 landscape, one page wide, repeated header rows, the organisation and date in the page
    /// header, the sheet name and "page N of M" in the footer.
    func setUpPrinting(_ sheet: Worksheet, repeatedRows: Int) throws {
        let organisation = Self.escapedForHeader(organisation)
        let header = "&L\(organisation)&R\(generatedOn.iso8601)"
        let footer = text("&L&A&R&P / &N ページ", "&L&A&RPage &P of &N")
        try sheet.setUpPrinting(repeatedRows: repeatedRows, header: header, footer: footer)
    }

    /// `&` starts a control code in Excel's header and footer strings; `&&` is a literal one.
    static func escapedForHeader(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&&")
    }
}
