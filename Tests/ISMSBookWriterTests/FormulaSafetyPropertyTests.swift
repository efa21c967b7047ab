import Foundation
import ISMSBookTestSupport
import Testing

@testable import ISMSBookCore
@testable import ISMSBookWriter

/// A property test: whatever text a register holds, the workbook holds the same text as a string
/// cell, never a formula or a link. The strings are random but the seed is fixed, so a failure
/// reproduces.
struct FormulaSafetyPropertyTests {
    /// What formula injection starts with (OWASP), and what a spreadsheet might treat specially.
    static let leads: [String] = ["=", "+", "-", "@", "\t", "\r", "=HYPERLINK(", "=cmd|", "+=", "-1+"]
    /// Formula syntax, XML's special characters, Excel's `_xHHHH_` escapes, line breaks, control
    /// characters, full-width and astral text.
    static let pieces: [String] = [
        "SUM(A1:A9)", "HYPERLINK(\"http://example.com\",\"x\")", "cmd|' /C calc'!A0", "1+1", "A1", "!", "'", "\"",
        "<", ">", "&", "&amp;", "]]>", "_x0041_", "_x000D_", "_x005F_", "_X0041_", "_x0041", "_x+041_", "_x", "_", "x0042_",
        "\n", "\r\n", "\r", "\t", "\u{1}", "\u{B}", "\u{1F}", "\u{7F}", "\u{FFFE}", "\u{FFFF}", " ",
        "　", "＝", "＋", "資産", "ｶﾅ", "😀", "http://", "mailto:a@b", "\\\\server\\share", "file:///etc/passwd",
    ]

    static func randomText(using generator: inout SeededGenerator) -> String {
        var text = leads.randomElement(using: &generator)!
        for _ in 0..<Int.random(in: 0...8, using: &generator) {
            text += pieces.randomElement(using: &generator)!
        }
        return text
    }

    @Test func randomFormulaLikeTextIsWrittenAsStringsAndReadBackEqual() throws {
        var generator = SeededGenerator(state: 27_001)
        let texts = (0..<2_000).map { _ in Self.randomText(using: &generator) }
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("property.xlsx").path
        let workbook = try Workbook(path: path, options: .init())
        let context = SheetContext(language: .english, organisation: "", generatedOn: WorkbookFixture.date)
        let table = try TableSheetWriter(
            workbook: workbook, name: "Notes", columns: [TableColumn("Text", .text), TableColumn("Long", .longText)],
            context: context)
        for text in texts {
            try table.append([StyledCell(.text(text)), StyledCell(.text(text), mark: .warning)], source: nil)
        }
        try table.finish()
        try workbook.close()

        let reader = try XLSXWorkbookReader(path: path)
        let cells = try reader.cells(ofSheet: "Notes").filter { $0.row > 0 }
        #expect(cells.count == texts.count * 2)
        for cell in cells {
            let expected = texts[cell.row - 1]
            #expect(cell.formula == nil, "row \(cell.row): \(expected.debugDescription) became a formula")
            #expect(cell.string == expected, "row \(cell.row): wrote \(expected.debugDescription), read \(cell.value)")
        }
        let xml = String(decoding: try reader.entry("xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(!xml.contains("<f>"))
        #expect(!reader.entryPaths.contains { $0.contains("hyperlink") || $0.contains("externalLink") || $0.contains("_rels/sheet") })
    }
}

struct LiteralEscapesTests {
    @Test(arguments: [
        ("資産_台帳", "資産_台帳"),
        ("_x0041_", "_x005F_x0041_"),
        // The closer of one sequence opens the next.
        ("_x0041_x0042_", "_x005F_x0041_x005F_x0042_"),
        // The closer comes from the escape of the control character that follows.
        ("SKU_x0041\u{1}", "SKU_x005F_x0041_x0001_"),
        ("a\rb\u{FFFF}", "a_x000D_b_xFFFF_"),
        ("tab\tand\nline", "tab\tand\nline"),
        ("全角（）\u{FFFE}", "全角（）_xFFFE_"),
        ("_x12_", "_x12_"),
    ])
    func textIsStoredSoThatItReadsBackUnchanged(text: String, stored: String) {
        #expect(LiteralEscapes.protect(text) == stored)
        #expect(XMLPullScanner.decodeEscapes(stored) == text)
    }
}
