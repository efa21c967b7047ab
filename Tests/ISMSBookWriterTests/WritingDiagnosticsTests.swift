import Foundation
import ISMSBookCore
import Testing

@testable import ISMSBookWriter
import ISMSBookTestSupport

/// What the workbook raises while it is written (a register continued on another sheet, a cut
/// cell) reaches its 検証結果 sheet, its summary, the run's counts and its exit status, with the
/// workbook written on its own thread as `build` does (and under ThreadSanitizer in CI).
struct WritingDiagnosticsTests {
    static func assets(rows: Int, note: (Int) -> String = { _ in "" }) -> String {
        "資産ID,情報資産の名称,機密性,完全性,可用性,備考\n"
            + (1...rows).map { "A-\($0),資産\($0),2,2,2,\(note($0))\n" }.joined()
    }

    /// Runs the pipeline into a workbook on a writer thread, as `build` does.
    static func build(
        assets: String, strict: Bool, rowsPerSheet: Int = Worksheet.maximumRow, in folder: TemporaryFolder
    ) throws -> (BuildReport, XLSXWorkbookReader) {
        let path = folder.url.appendingPathComponent("book.xlsx").path
        var settings = AuditWorkbook.Settings(
            generatedOn: WorkbookFixture.date, createdAt: Date(timeIntervalSince1970: 1_800_000_000), toolVersion: "test")
        settings.rowsPerSheet = rowsPerSheet
        let collector = DiagnosticCollector(treatWarningsAsErrors: strict)
        let pipeline = RegisterPipeline(
            assetFiles: [try folder.write("assets.csv", text: assets)], riskFiles: [], options: .init(), collector: collector)
        let report = try pipeline.run(into: BackgroundSink(wrapping: try AuditWorkbook(path: path, settings: settings)))
        #expect(report.diagnostics == collector.diagnostics)
        return (report, try XLSXWorkbookReader(path: path))
    }

    /// The 検証結果 rows: severity and code.
    static func validation(_ reader: XLSXWorkbookReader) throws -> [[String]] {
        try reader.rows(ofSheet: "検証結果").dropFirst().map { [$0[0]?.string ?? "", $0[8]?.string ?? ""] }
    }

    /// The summary's count of errors and warnings, from its 検証結果 table.
    static func summaryCounts(_ reader: XLSXWorkbookReader) throws -> (errors: Int?, warnings: Int?) {
        let rows = try reader.rows(ofSheet: "概要")
        func count(_ label: String) -> Int? {
            rows.last { $0.first??.string == label }.flatMap { $0.count > 1 ? $0[1]?.number.map { Int($0) } : nil }
        }
        return (count("エラー"), count("警告"))
    }

    @Test func aRegisterContinuedOnAnotherSheetIsListedCountedAndAnErrorUnderStrict() throws {
        let folder = try TemporaryFolder()
        let (report, reader) = try Self.build(assets: Self.assets(rows: 10_000), strict: true, rowsPerSheet: 4_000, in: folder)
        #expect(reader.sheetNames.filter { $0.hasPrefix("情報資産管理台帳") } == ["情報資産管理台帳", "情報資産管理台帳 (2)", "情報資産管理台帳 (3)"])
        #expect(report.diagnostics.map(\.code) == ["sheet-continued", "sheet-continued"])
        #expect(report.errorCount == 2 && report.warningCount == 0)
        #expect(report.diagnostics.first?.location.row == 4_002)
        #expect(try Self.validation(reader) == [["エラー", "sheet-continued"], ["エラー", "sheet-continued"]])
        let counts = try Self.summaryCounts(reader)
        #expect(counts.errors == 2 && counts.warnings == 0)
    }

    @Test func aCutCellAmongTenThousandRowsIsAWarningOnEveryOutput() throws {
        let folder = try TemporaryFolder()
        let long = String(repeating: "長", count: 40_000)
        let (report, reader) = try Self.build(
            assets: Self.assets(rows: 10_000) { $0 == 7_777 ? long : "" }, strict: false, in: folder)
        #expect(report.diagnostics.map(\.code) == ["cell-truncated"])
        #expect(report.warningCount == 1 && report.errorCount == 0)
        #expect(report.diagnostics.first?.location.row == 7_778)
        #expect(try Self.validation(reader) == [["警告", "cell-truncated"]])
        let counts = try Self.summaryCounts(reader)
        #expect(counts.errors == 0 && counts.warnings == 1)
    }

    @Test func aValueTooLongForTheValidationSheetIsCutAndListedThere() throws {
        // A row with a long cell right of the header: its surplus text is the diagnostic's value,
        // which 検証結果 itself must cut, and list.
        let folder = try TemporaryFolder()
        let text = "資産ID,情報資産の名称,機密性,完全性,可用性\nA-1,名簿,2,2,2," + String(repeating: "余", count: 33_000) + "\n"
        let (report, reader) = try Self.build(assets: text, strict: false, in: folder)
        #expect(report.diagnostics.map(\.code) == ["surplus-cells", "cell-truncated"])
        #expect(try Self.validation(reader).map { $0[1] } == ["surplus-cells", "cell-truncated"])
        #expect(try Self.summaryCounts(reader).errors == 1)
        #expect(try Self.summaryCounts(reader).warnings == 1)
    }
}
