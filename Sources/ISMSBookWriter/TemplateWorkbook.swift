import Foundation
import ISMSBookCore

/// The fill-in workbook departments are handed (`ismsbook template`): an asset sheet and a risk
/// sheet with the headers ismsbook reads, a comment on each header, an input message and data
/// validation on each column, and an instructions sheet with what every column means, the values
/// it allows and example rows in grey.
///
/// The example rows are on the instructions sheet, not in the registers, so a department that
/// forgets to delete them hands in no invented assets.
public enum TemplateWorkbook {
    /// How many rows of each register sheet carry the data validation.
    public static let validatedRows = 2_000

    /// Writes the template to `path` (a temporary name the caller renames).
    public static func write(to path: String, language: Language, profile: ScoringProfile, createdAt: Date) throws {
        var options = Workbook.Options()
        options.constantMemory = false  // comments and validations on a small sheet; no streaming needed
        let workbook = try Workbook(path: path, options: options)
        let context = SheetContext(language: language, organisation: "", generatedOn: CalendarDate(daysSinceEpoch: 0))
        let t = context.text
        let assets = RegisterTemplate.assetColumns(profile: profile)
        let risks = RegisterTemplate.riskColumns(profile: profile)
        try register(workbook.addWorksheet(named: t("情報資産管理台帳", "Asset register")), columns: assets, language: language)
        try register(workbook.addWorksheet(named: t("リスクアセスメント", "Risk register")), columns: risks, language: language)
        let instructions = try workbook.addWorksheet(named: t("記入方法", "Instructions"))
        try writeInstructions(instructions, registers: [(t("情報資産管理台帳", "Asset register"), assets),
                                                        (t("リスクアセスメント", "Risk register"), risks)],
                              profile: profile, context: context)
        try workbook.setProperties(
            Workbook.Properties(
                title: t("ISMS 台帳 記入用テンプレート", "ISMS register template"), subject: profile.method.description(in: language),
                author: "ismsbook", company: "", comments: t("ismsbook build で読み込めます", "Read by ismsbook build"),
                created: createdAt))
        try workbook.close()
    }

    private static func register(_ sheet: Worksheet, columns: [RegisterTemplate.Column], language: Language) throws {
        let rows = 1...validatedRows
        for (index, column) in columns.enumerated() {
            try sheet.write(column.header(in: language), row: 0, column: index, style: .header)
            try sheet.addComment(column.help(in: language), row: 0, column: index)
            try sheet.setColumnWidth(index, width: Double(max(DisplayWidth.of(column.header(in: language)) + 4, 12)))
            let title = column.header(in: language)
            let help = column.help(in: language)
            switch column.allowed {
            case .text: continue
            case .level(let range):
                try sheet.addValidation(.wholeNumber(range), column: index, rows: rows, title: title, message: help)
            case .list(let japanese, let english, let isStrict):
                try sheet.addValidation(
                    .list(language == .japanese ? japanese : english), column: index, rows: rows, title: title, message: help,
                    strict: isStrict)
            case .date:
                try sheet.addValidation(.date, column: index, rows: rows, title: title, message: help)
            }
        }
        try sheet.freezePanes(row: 1, column: 0)
        try sheet.setUpPrinting(repeatedRows: 1, header: "", footer: "&L&A&R&P / &N")
    }

    private static func writeInstructions(
        _ sheet: Worksheet, registers: [(String, [RegisterTemplate.Column])], profile: ScoringProfile, context: SheetContext
    ) throws {
        let t = context.text
        let grey = CellStyle(fontColor: 0x808080, wrapsText: true, hasBorder: true)
        try sheet.write(t("ISMS 台帳 記入方法", "How to fill in the ISMS registers"), row: 0, column: 0, style: .title)
        let lines = [
            t("各シートの2行目から1行に1件ずつ記入してください。見出し行は変更しないでください。",
              "Write one entry per row from row 2 of each sheet; do not change the header row."),
            t("選択肢のある列はセルを選ぶと一覧が出ます。見出しのコメントに各列の説明があります。",
              "Columns with allowed values show a list when a cell is selected; each header's comment explains the column."),
            t("リスク評価方法: \(profile.method.description(in: .japanese))。受容基準: リスク値 \(profile.acceptanceThreshold) 以下。",
              "Risk method: \(profile.method.description(in: .english)). Accepted: score ≤ \(profile.acceptanceThreshold)."),
        ]
        for (index, line) in lines.enumerated() { try sheet.write(line, row: 2 + index, column: 0) }
        var row = 6
        for (name, columns) in registers {
            try sheet.write(name, row: row, column: 0, style: .label)
            row += 1
            for (column, header) in [t("列", "Column"), t("説明", "Meaning"), t("記入できる値", "Allowed values")].enumerated() {
                try sheet.write(header, row: row, column: column, style: .header)
            }
            row += 1
            for column in columns {
                try sheet.write(column.header(in: context.language), row: row, column: 0, style: CellStyle.text.bordered)
                try sheet.write(column.help(in: context.language), row: row, column: 1, style: CellStyle.wrapped.bordered)
                try sheet.write(allowed(column.allowed, context), row: row, column: 2, style: CellStyle.wrapped.bordered)
                row += 1
            }
            row += 1
            try sheet.write(t("記入例（灰色）: このシートの例はそのまま台帳には入りません", "Examples (grey): these rows are not part of any register"),
                            row: row, column: 0, style: .label)
            row += 1
            for (index, column) in columns.enumerated() {
                try sheet.write(column.header(in: context.language), row: row, column: index, style: .header)
            }
            for example in 0..<2 {
                row += 1
                for (index, column) in columns.enumerated() where example < column.examples.count {
                    let value = column.examples[example].text(in: context.language)
                    if value.isEmpty { try sheet.writeBlank(row: row, column: index, style: grey) } else {
                        try sheet.write(value, row: row, column: index, style: grey)
                    }
                }
            }
            row += 2
        }
        try sheet.setColumnWidth(0, width: 22)
        try sheet.setColumnWidth(1, width: 60)
        try sheet.setColumnWidth(2, width: 40)
        for column in 3...20 { try sheet.setColumnWidth(column, width: 16) }
        try sheet.setUpPrinting(repeatedRows: 0, header: "", footer: "&L&A&R&P / &N")
    }

    private static func allowed(_ allowed: EntryColumn.Allowed, _ context: SheetContext) -> String {
        switch allowed {
        case .text: context.text("自由記入", "free text")
        case .level(let range): "\(range.lowerBound)–\(range.upperBound)"
        case .list(let japanese, let english, let isStrict):
            (context.language == .japanese ? japanese : english).joined(separator: context.text("、", ", "))
                + (isStrict ? "" : context.text("（その他も可）", " (or another)"))
        case .date: context.text("日付（2026/04/01、令和8年4月1日など）", "a date (2026/04/01, 2026-04-01 …)")
        }
    }
}
