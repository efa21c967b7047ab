import Foundation
import ISMSBookCore
import Testing

@testable import ISMSBookWriter
import ISMSBookTestSupport

struct AuditWorkbookTests {
    static let assets = """
        資産ID,情報資産の名称,個人情報,機密性,完全性,可用性,保管期間,記入日,備考,更新頻度
        0012,会計システム,有,3,2,2,5年,令和2年4月1日,=SUM(A1),年1回
        A-2,給与,なし,4,1,1,永年,2021/04/01,+81-3-1234-5678,
        A-3,"複数行の
        名称",なし,1,1,1,,2022-04-01,@cmd,随時
        """
    static let risks = """
        リスクID,資産ID,脅威,脆弱性,脅威レベル,脆弱性レベル,リスク対応,対応策,期限,管理策
        R-1,0012,漏えい,施錠なし,3,3,低減,施錠する,令和7年3月31日,A.8.13
        R-2,A-2,紛失,,1,1,,,,
        R-3,A-3,誤送信,,3,3,,,,
        """

    @Test func hasTheSixSheetsInJapaneseAndInEnglish() throws {
        let japanese = try WorkbookFixture(assets: Self.assets, risks: Self.risks)
        #expect(japanese.reader.sheetNames == ["概要", "情報資産管理台帳", "リスクアセスメント", "リスクマップ", "リスク対応計画", "検証結果"])
        let english = try WorkbookFixture(assets: Self.assets, risks: Self.risks, language: .english)
        #expect(english.reader.sheetNames == ["Summary", "Asset register", "Risk register", "Risk map", "Treatment plan", "Validation"])
    }

    @Test func registerCellsHaveTheRightTypes() throws {
        let book = try WorkbookFixture(assets: Self.assets, risks: Self.risks)
        let rows = try book.reader.rows(ofSheet: "情報資産管理台帳")
        #expect(rows.count == 4)  // header + 3 assets
        #expect(rows[0][0]?.string == "資産ID")
        // The id keeps its leading zeros, as text.
        #expect(rows[1][0]?.string == "0012")
        // Ratings and values are numbers.
        #expect(rows[1][9]?.number == 3)
        #expect(rows[1][12]?.number == 3)
        // Dates are real dates: a serial number with a date format.
        let recorded = try #require(rows[1][15])
        #expect(recorded.isDate)
        #expect(recorded.number == Double(CalendarDate(year: 2020, month: 4, day: 1)!.excelSerial))
        let retainUntil = try #require(rows[1][14])
        #expect(retainUntil.isDate)
        #expect(retainUntil.number == Double(CalendarDate(year: 2025, month: 4, day: 1)!.excelSerial))
        // An invalid rating keeps its original text.
        #expect(rows[2][9]?.string == "4")
        // The department's own column comes last.
        #expect(rows[0].last??.string == "更新頻度")
        #expect(rows[1].last??.string == "年1回")
        #expect(rows[3][1]?.string == "複数行の\n名称")
    }

    @Test func textThatLooksLikeAFormulaStaysText() throws {
        let book = try WorkbookFixture(assets: Self.assets, risks: Self.risks)
        let cells = try book.reader.cells(ofSheet: "情報資産管理台帳")
        let notes = cells.filter { $0.column == 16 && $0.row > 0 }
        #expect(notes.map(\.string) == ["=SUM(A1)", "+81-3-1234-5678", "@cmd"])
        #expect(notes.allSatisfy { $0.formula == nil })
        for sheet in book.reader.sheetNames.dropFirst() {
            #expect(!(try book.sheetXML(sheet)).contains("<f>"), "a formula in \(sheet)")
        }
        #expect(!book.reader.entryPaths.contains { $0.contains("hyperlink") || $0.contains("externalLink") })
    }

    @Test func riskRegisterHasScoresLevelsAndBandColours() throws {
        let book = try WorkbookFixture(assets: Self.assets, risks: Self.risks)
        let rows = try book.reader.rows(ofSheet: "リスクアセスメント")
        #expect(rows.count == 4)
        #expect(rows[1][10]?.number == 27)  // value 3 × 3 × 3
        #expect(rows[1][11]?.string == "重大")
        #expect(rows[2][10]?.number == 1)
        #expect(rows[2][11]?.string == "低")
        let xml = try book.sheetXML("リスクアセスメント")
        // 4 bands × (score, level), before and after treatment.
        #expect(xml.components(separatedBy: "<cfRule").count - 1 == 16)
        #expect(xml.contains("operator=\"between\""))
    }

    @Test func treatmentPlanHoldsTheRisksAboveTheThreshold() throws {
        let book = try WorkbookFixture(assets: Self.assets, risks: Self.risks)
        let rows = try book.reader.rows(ofSheet: "リスク対応計画")
        #expect(rows.dropFirst().compactMap { $0[0]?.string } == ["R-1", "R-3"])
        let columns = TreatmentPlanSheet.fields.count
        #expect(rows[0][columns]?.string == "状況")
        #expect(rows[2][columns]?.string == "対応未決定")
        let due = try #require(TreatmentPlanSheet.fields.firstIndex(of: .due))
        #expect(rows[0][due]?.string == "期限")
        #expect(rows[1][due]?.isDate == true)
    }

    @Test func validationSheetListsEveryDiagnosticWithItsRow() throws {
        let book = try WorkbookFixture(assets: Self.assets, risks: Self.risks)
        let rows = try book.reader.rows(ofSheet: "検証結果")
        #expect(rows.count == book.report.diagnostics.count + 1)
        let found = rows.dropFirst().map { "\($0[2]?.number.map { Int($0) } ?? 0):\($0[8]?.string ?? "")" }
        #expect(found == ["3:out-of-range", "4:untreated-risk"])
        #expect(rows[1][0]?.string == "エラー")
        #expect(rows[1][4]?.string == "機密性")
        #expect(rows[1][7]?.string == "4")
    }

    @Test func summaryCountsWhatWasReadAndWritten() throws {
        let book = try WorkbookFixture(assets: Self.assets, risks: Self.risks)
        let cells = try book.reader.cells(ofSheet: "概要")
        let strings = Set(cells.compactMap(\.string))
        #expect(strings.contains("株式会社テスト & Co."))
        #expect(strings.contains("2026-11-27"))
        #expect(strings.contains(book.report.inputs[0].sha256))
        // Rows read and rows written per input file: 3 and 3 for the assets, 3 and 3 for the risks.
        let inputRows = cells.filter { $0.string == book.report.inputs[0].sha256 || $0.string == book.report.inputs[1].sha256 }
            .map(\.row)
        for row in inputRows {
            let counts = cells.filter { $0.row == row && ($0.column == 6 || $0.column == 7) }.compactMap(\.number)
            #expect(counts == [3, 3])
        }
        #expect(book.reader.entryPaths.contains("xl/charts/chart1.xml"))
    }

    @Test func printSetUpFrozenHeaderAndFilter() throws {
        let book = try WorkbookFixture(assets: Self.assets, risks: Self.risks)
        let xml = try book.sheetXML("情報資産管理台帳")
        #expect(xml.contains("<pageSetup paperSize=\"9\"") && xml.contains("orientation=\"landscape\""))
        #expect(xml.contains("fitToHeight=\"0\""))
        #expect(xml.contains("<pane ySplit=\"1\"") && xml.contains("state=\"frozen\""))
        #expect(xml.contains("<autoFilter ref=\"A1:"))
        #expect(xml.contains("<oddFooter>&amp;L&amp;A&amp;R&amp;P / &amp;N ページ</oddFooter>"))
        #expect(xml.contains("<oddHeader>&amp;L株式会社テスト &amp;&amp; Co.&amp;R2026-11-27</oddHeader>"))
        let workbook = try book.part("xl/workbook.xml")
        #expect(workbook.contains("_xlnm.Print_Titles"))
        let core = try book.part("docProps/core.xml")
        #expect(core.contains("2026-11-27T00:00:00Z"))
        #expect(core.contains("ISMS 情報資産・リスク評価"))
    }

    @Test func columnWidthsFitWideCharacters() throws {
        let book = try WorkbookFixture(assets: Self.assets, risks: Self.risks)
        let xml = try book.sheetXML("情報資産管理台帳")
        // 情報資産の名称 is 7 wide characters: 14 columns, plus 2 of padding.
        #expect(xml.contains("<col min=\"2\" max=\"2\" width=\"16.7109375\""))
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let first = try WorkbookFixture(assets: Self.assets, risks: Self.risks, name: "first.xlsx")
        let second = try WorkbookFixture(assets: Self.assets, risks: Self.risks, name: "second.xlsx", in: first.folder)
        let a = try Data(contentsOf: URL(fileURLWithPath: first.path))
        let b = try Data(contentsOf: URL(fileURLWithPath: second.path))
        #expect(a == b)
    }
}

struct TableSheetWriterTests {
    @Test func aLongRegisterContinuesOnANewSheetWithAWarning() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("long.xlsx").path
        let workbook = try Workbook(path: path, options: .init())
        let context = SheetContext(language: .japanese, organisation: "", generatedOn: WorkbookFixture.date)
        let table = try TableSheetWriter(
            workbook: workbook, name: "台帳", columns: [TableColumn("No", .number)], context: context, rowLimit: 3)
        for index in 1...7 { try table.append([StyledCell(.integer(index))], source: SourceLocation(file: "a.csv", row: index + 1)) }
        try table.finish()
        try workbook.close()
        let reader = try XLSXWorkbookReader(path: path)
        #expect(reader.sheetNames == ["台帳", "台帳 (2)", "台帳 (3)"])
        let counts = try reader.sheetNames.map { try reader.rows(ofSheet: $0).count - 1 }
        #expect(counts == [3, 3, 1])
        #expect(context.diagnostics.raised.map(\.code) == ["sheet-continued", "sheet-continued"])
        #expect(context.diagnostics.raised[0].location.row == 5)
    }

    @Test func textLongerThanACellHoldsIsCutWithAWarning() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("cut.xlsx").path
        let workbook = try Workbook(path: path, options: .init())
        let context = SheetContext(language: .english, organisation: "", generatedOn: WorkbookFixture.date)
        let table = try TableSheetWriter(workbook: workbook, name: "Notes", columns: [TableColumn("Note", .longText)], context: context)
        let long = String(repeating: "あ", count: 40_000)
        try table.append([StyledCell(.text(long))], source: SourceLocation(file: "a.csv", row: 2))
        try table.finish()
        try workbook.close()
        let cell = try #require(try XLSXWorkbookReader(path: path).cells(ofSheet: "Notes").first { $0.row == 1 })
        #expect(cell.string?.count == TableSheetWriter.maximumCellLength)
        #expect(context.diagnostics.raised.map(\.code) == ["cell-truncated"])
        #expect(context.diagnostics.raised[0].message.text(in: .english).contains("Notes!A2"))
    }

    @Test func surrogatePairsAreNotSplit() {
        let text = String(repeating: "a", count: TableSheetWriter.maximumCellLength - 1) + "😀😀"
        let cut = TableSheetWriter.truncated(text)
        #expect(cut.utf16.count == TableSheetWriter.maximumCellLength - 1)
    }
}

struct WorkbookTests {
    @Test func aWorkbookDroppedWithoutClosingWritesNothing() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("dropped.xlsx").path
        do {
            let workbook = try Workbook(path: path, options: .init())
            _ = try workbook.addWorksheet(named: "x")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func closingIntoAMissingFolderThrowsAndASecondCloseDoesNothing() throws {
        let workbook = try Workbook(path: "/nonexistent-folder/x.xlsx", options: .init())
        #expect(throws: XLSXWriterError.self) { try workbook.close() }
        try workbook.close()
    }

    @Test func displayWidthCountsWideCharactersTwice() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("資産ID") == 6)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4)
        #expect(DisplayWidth.of("一行目\nab") == 6)
    }
}
