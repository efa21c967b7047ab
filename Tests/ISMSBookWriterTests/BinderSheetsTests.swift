import Foundation
import ISMSBookCore
import Testing

@testable import ISMSBookWriter
import ISMSBookTestSupport

/// The binder's sheets, written and read back: names and order, cells, marks, the drop-down, the
/// Summary sheet's totals, the standalone SoA workbook, determinism.
struct BinderSheetsTests {
    static let assets = """
        資産ID,資産名,管理部署,個人情報,機密性,完全性,可用性
        A-1,健康診断結果,人事部,要配慮個人情報,1,1,1
        A-2,請求書,経理部,なし,2,1,1
        """
    static let risks = """
        リスクID,資産ID,脅威,脅威レベル,脆弱性レベル,リスク対応,管理策
        R-1,A-1,漏えい,3,3,低減,A.8.13
        R-2,A-2,紛失,3,3,低減,A.12.3.1; A.7.10
        """
    static let soa = """
        管理策番号,適用,理由,実施状況,証跡
        A.5.1,適用,方針,実施済,情報セキュリティ基本方針
        A.7.10,除外,記憶媒体は使わない,,
        A.7.12,除外,配線設備なし,,
        """
    static let suppliers = """
        委託先,委託業務,委託する情報資産,NDA,最終確認日
        =HYPERLINK("http://x"),健康診断,A-1,なし,2025/01/10
        印刷会社,印刷,A-2,あり,2026/06/01
        """
    static let laws = """
        法令名,適用,所管部署,最終確認日
        個人情報保護法,該当,人事部,2025/06/30
        特定電子メール法,非該当,開発部,
        """
    static let auditors = "監査員,所属部署\n山田,人事部\n鈴木,経理部\n"

    /// Builds a workbook with every binder sheet.
    static func build(language: Language = .japanese, in folder: TemporaryFolder, name: String = "book.xlsx") throws -> (XLSXWorkbookReader, BuildReport, String) {
        var inputs = BinderInputs(
            date: WorkbookFixture.date, soaFile: try folder.write("soa.csv", text: soa),
            supplierFile: try folder.write("suppliers.csv", text: suppliers), lawFile: try folder.write("laws.csv", text: laws))
        inputs.writesAuditChecklist = true
        inputs.auditorFile = try folder.write("auditors.csv", text: auditors)
        let path = folder.url.appendingPathComponent(name).path
        let collector = DiagnosticCollector()
        let settings = AuditWorkbook.Settings(
            language: language, organisation: "株式会社テスト", generatedOn: WorkbookFixture.date,
            createdAt: Date(timeIntervalSince1970: TimeInterval(WorkbookFixture.date.daysSinceEpoch * 86_400)), toolVersion: "test")
        let sink = try AuditWorkbook(path: path, settings: settings)
        let pipeline = RegisterPipeline(
            assetFiles: [try folder.write("assets.csv", text: assets)], riskFiles: [try folder.write("risks.csv", text: risks)],
            options: .init(), collector: collector, binder: inputs)
        let report = try pipeline.run(into: sink)
        return (try XLSXWorkbookReader(path: path), report, path)
    }

    @Test func theBinderSheetsComeBeforeTheValidationSheet() throws {
        let folder = try TemporaryFolder()
        let japanese = try Self.build(in: folder).0
        #expect(japanese.sheetNames == [
            "概要", "情報資産管理台帳", "リスクアセスメント", "リスクマップ", "リスク対応計画",
            "適用宣言書", "委託先管理台帳", "法令一覧", "内部監査チェックリスト", "検証結果",
        ])
        let english = try Self.build(language: .english, in: folder, name: "en.xlsx").0
        #expect(english.sheetNames == [
            "Summary", "Asset register", "Risk register", "Risk map", "Treatment plan",
            "Statement of Applicability", "Suppliers", "Legal register", "Audit checklist", "Validation",
        ])
    }

    @Test func theSoAListsAll93ControlsByTheme() throws {
        let folder = try TemporaryFolder()
        let reader = try Self.build(in: folder).0
        let rows = try reader.rows(ofSheet: "適用宣言書")
        // Header, 4 theme headings, 93 controls, the total.
        #expect(rows.count == 1 + 4 + 93 + 1)
        #expect(rows[0].prefix(6).map { $0?.string } == ["管理策", "管理策名", "適用", "適用・除外の理由", "関連リスク", "リスク件数"])
        #expect(rows[1][0]?.string == "A.5")
        #expect(rows[1][1]?.string == "組織的管理策（37）")
        #expect(rows[2][0]?.string == "A.5.1")
        #expect(rows[2][2]?.string == "適用")
        #expect(rows[2][6]?.string == "実施済")
        #expect(rows.last?[1]?.string == "全管理策（93）")
        let ids = rows.compactMap { $0[0]?.string }.filter { $0.split(separator: ".").count == 3 }
        #expect(ids == AnnexACatalogue.controls2022.map(\.id))
        func row(_ id: String) -> [XLSXCell?]? { rows.first { $0[0]?.string == id } }
        // Named by R-1 and, through its 2013 id, R-2: applicable with the risks as the reason.
        let backup = try #require(row("A.8.13"))
        #expect(backup[2]?.string == "適用")
        #expect(backup[3]?.string == "リスク対応: R-1, R-2")
        #expect(backup[4]?.string == "R-1, R-2")
        #expect(backup[5]?.number == 2)
        // Excluded while R-2 names it: an error on the row.
        let media = try #require(row("A.7.10"))
        #expect(media[2]?.string == "除外")
        #expect(media[10]?.string == "エラー")
        #expect(media[11]?.string?.contains("R-2") == true)
        // Neither decided nor named.
        #expect(row("A.5.2")?[2]?.string == "未決定")
        #expect(row("A.5.2")?[10]?.string == "警告")
    }

    @Test func suppliersLawsAndChecklistCells() throws {
        let folder = try TemporaryFolder()
        let reader = try Self.build(in: folder).0
        let suppliers = try reader.rows(ofSheet: "委託先管理台帳")
        #expect(suppliers.count == 3)
        // Text that looks like a formula stays a string.
        #expect(suppliers[1][1]?.string == "=HYPERLINK(\"http://x\")")
        #expect(suppliers[1][1]?.formula == nil)
        #expect(suppliers[1][4]?.number == 3)
        #expect(suppliers[1][6]?.isDate == true)
        #expect(suppliers[1][8]?.number == Double(CalendarDate(year: 2026, month: 1, day: 10)!.excelSerial))
        #expect(suppliers[1][9]?.string == "重要資産に NDA なし\n確認期限超過")
        #expect(suppliers[2][9]?.string == "確認済")

        let laws = try reader.rows(ofSheet: "法令一覧")
        #expect(laws[1][6]?.string == "確認期限超過")
        #expect(laws[2][1]?.string == "非該当")
        #expect(laws[2][6]?.string == "対象外")

        let checklist = try reader.rows(ofSheet: "内部監査チェックリスト")
        // Two departments × the applicable controls (A.5.1, and A.8.13 named by the risks).
        #expect(checklist.count == 1 + 2 * 2)
        #expect(checklist[1].prefix(3).map { $0?.string } == [nil, "人事部", "A.5.1"])
        #expect(checklist[1][8]?.string == "鈴木")
        #expect(checklist[3][8]?.string == "山田")
        #expect(checklist[1][4]?.string?.hasPrefix("人事部において、「情報セキュリティのための方針群」") == true)
        #expect(checklist[1][5]?.string == "情報セキュリティ基本方針")
        let xml = try String(decoding: reader.entry(sheetPath(reader, "内部監査チェックリスト")), as: UTF8.self)
        #expect(xml.contains("<dataValidation type=\"list\""))
        #expect(xml.contains("sqref=\"H2:H5\""))
        #expect(xml.contains("<formula1>\"適合,軽微な不適合,重大な不適合,観察事項\"</formula1>"))
        for sheet in ["適用宣言書", "委託先管理台帳", "法令一覧", "内部監査チェックリスト"] {
            #expect(!(try String(decoding: reader.entry(sheetPath(reader, sheet)), as: UTF8.self)).contains("<f>"), "\(sheet)")
        }
    }

    @Test func theSummaryHasTheBinderTotals() throws {
        let folder = try TemporaryFolder()
        let (reader, report, _) = try Self.build(in: folder)
        let rows = try reader.rows(ofSheet: "概要")
        // The last line with the label: the input table above names the registers too.
        func line(_ label: String) -> [XLSXCell?]? { rows.last { $0.first??.string == label } }
        #expect(line("計")?.prefix(6).compactMap { $0?.number } == [93, 2, 2, 89, 1])
        #expect(line("A.6 人的管理策")?[1]?.number == 8)
        #expect(line("委託先")?[1]?.number == 2)
        #expect(line("チェック項目")?[1]?.number == 4)
        let inputs = rows.filter { ["適用宣言書", "委託先", "法令", "内部監査員"].contains($0.first??.string ?? "") && $0.count > 7 && $0[2]?.string?.count == 64 }
        #expect(inputs.count == 4)
        #expect(report.inputs.map(\.kind) == [.assets, .risks, .soa, .suppliers, .laws, .auditors])
        // The validation sheet holds the binder's findings too.
        let validation = try reader.rows(ofSheet: "検証結果").dropFirst()
        #expect(validation.count == report.diagnostics.count)
        #expect(validation.contains { $0[8]?.string == "excluded-but-referenced" })
        #expect(validation.contains { $0[8]?.string == "high-value-without-nda" })
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let folder = try TemporaryFolder()
        let first = try Self.build(in: folder, name: "a.xlsx").2
        let second = try Self.build(in: folder, name: "b.xlsx").2
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
    }

    @Test func theStandaloneSoAWorkbookHasOneSheet() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("soa.xlsx").path
        var inputs = BinderInputs(date: WorkbookFixture.date, soaFile: try folder.write("soa.csv", text: Self.soa))
        inputs.writesSoA = true
        let collector = DiagnosticCollector()
        let settings = AuditWorkbook.Settings(
            language: .english, generatedOn: WorkbookFixture.date, createdAt: Date(timeIntervalSince1970: 0), toolVersion: "test")
        let sink = try SoAWorkbook(path: path, settings: settings)
        let pipeline = RegisterPipeline(
            assetFiles: [try folder.write("assets.csv", text: Self.assets)], riskFiles: [try folder.write("risks.csv", text: Self.risks)],
            options: .init(), collector: collector, binder: inputs)
        _ = try pipeline.run(into: sink)
        let reader = try XLSXWorkbookReader(path: path)
        #expect(reader.sheetNames == ["Statement of Applicability"])
        let rows = try reader.rows(ofSheet: "Statement of Applicability")
        #expect(rows.count == 99)
        #expect(rows[1][1]?.string == "Organizational controls (37)")
    }

    @Test func aBinderFileMayBeAWorkbook() throws {
        let folder = try TemporaryFolder()
        let laws = folder.url.appendingPathComponent("laws.xlsx").path
        let source = try Workbook(path: laws, options: Workbook.Options())
        try source.addWorksheet(named: "表紙").write("法令一覧", row: 0, column: 0)
        let sheet = try source.addWorksheet(named: "法令一覧")
        for (row, cells) in [["法令名", "適用", "最終確認日"], ["個人情報保護法", "該当", "2025/06/30"], ["番号法", "該当", "2026/04/01"]].enumerated() {
            for (column, text) in cells.enumerated() { try sheet.write(text, row: row, column: column) }
        }
        try source.close()
        let collector = DiagnosticCollector()
        let pipeline = RegisterPipeline(
            assetFiles: [try folder.write("assets.csv", text: Self.assets)], riskFiles: [], options: .init(), collector: collector,
            binder: BinderInputs(date: WorkbookFixture.date, lawFile: laws))
        let report = try pipeline.run(into: DiscardingSink())
        // The sheet named like the register is read, not the first one.
        #expect(report.inputs.last?.sheet == "法令一覧")
        #expect(report.binder?.laws?.count == 2)
        let overdue = try #require(report.diagnostics.first { $0.code == "law-review-overdue" })
        #expect(overdue.location == SourceLocation(file: laws, row: 2, column: 3, columnName: "最終確認日", sheet: "法令一覧"))
    }

    private func sheetPath(_ reader: XLSXWorkbookReader, _ sheet: String) -> String {
        "xl/worksheets/sheet\((reader.sheetNames.firstIndex(of: sheet) ?? 0) + 1).xml"
    }
}
