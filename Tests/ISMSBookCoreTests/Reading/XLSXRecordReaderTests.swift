import Foundation
import ISMSBookCore
import ISMSBookTestSupport
import Testing

struct XLSXRecordReaderTests {
    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/xlsx/\(name)", withExtension: "xlsx"))
        return url.path
    }

    private func records(_ path: String, sheet: String? = nil) throws -> ([AssetRecord], BuildReport) {
        final class Sink: RegisterSink {
            var assets: [AssetRecord] = []
            func begin(_ layout: RegisterLayout) throws {}
            func write(_ asset: AssetRecord) throws { assets.append(asset) }
            func write(_ risk: RiskRecord) throws {}
            func finish(_ report: BuildReport) throws -> SinkOutcome { SinkOutcome() }
        }
        let sink = Sink()
        var options = RegisterPipeline.Options()
        options.sheet = sheet
        let report = try RegisterPipeline(assetFiles: [path], riskFiles: [], options: options, collector: DiagnosticCollector())
            .run(into: sink)
        return (sink.assets, report)
    }

    /// The same register written by openpyxl (1904 date system) and by LibreOffice (formulas with
    /// cached results) reads the same.
    @Test(arguments: ["openpyxl-1904", "libreoffice"])
    func readsWorkbooksFromOtherWriters(name: String) throws {
        let (assets, report) = try records(try Self.fixture(name))
        #expect(assets.map(\.id) == ["GA-001", "GA-002", "12", "GA-004"])
        #expect(assets[0].name == "顧客名簿")  // rich-text runs joined
        #expect([assets[0].confidentiality, assets[0].integrity, assets[0].availability] == [3, 2, 1])  // two-row header
        #expect(assets[0].recordedOn?.iso8601 == "2020-12-25")  // a date cell
        #expect(assets[1].recordedOn?.iso8601 == "1904-01-01")
        #expect(assets[0].personalData == .personal)  // TRUE
        #expect(assets[1].personalData == PersonalDataKind.none)  // FALSE
        #expect(assets[0].notes == "=SUM(A1) は文字")
        #expect(assets[2].integrity == nil)  // a sparse row
        #expect(assets.map(\.source.row) == [5, 6, 7, 8])  // row 7 is hidden, and still read
        #expect(assets[0].source.sheet == "資産台帳")
        #expect(report.inputs[0].sheet == "資産台帳")
        #expect(report.inputs[0].headerRow == 4)
        let codes = report.diagnostics.map { "\($0.location.description):\($0.code)" }
        #expect(codes.contains { $0.hasSuffix("[資産台帳]!C8:not-a-level") })
        #expect(!codes.contains { $0.contains("row-above-header") })
    }

    @Test func formulasGiveTheirCachedResults() throws {
        let (assets, _) = try records(try Self.fixture("libreoffice"))
        #expect(assets[0].extras.first { $0.header == "合計" }?.text == "6")
        #expect(assets[0].extras.first { $0.header == "名称の長さ" }?.text == "4文字")
    }

    @Test func aSheetIsChosenByNameOrByTheRegister() throws {
        let path = try Self.fixture("openpyxl-1904")
        #expect(try RecordReaders.open(path, kind: .risks, encoding: nil, delimiter: nil).sheet == "リスク")
        #expect(try RecordReaders.open(path, kind: .assets, encoding: nil, delimiter: nil).sheet == "資産台帳")
        #expect(try RecordReaders.open(path + "#リスク", kind: .assets, encoding: nil, delimiter: nil).sheet == "リスク")
        do {
            _ = try RecordReaders.open(path + "#none", kind: .assets, encoding: nil, delimiter: nil)
            Issue.record("opened a missing sheet")
        } catch let error as InputError {
            #expect(error.message.contains("no sheet named 'none'"))
            #expect(error.message.contains("資産台帳"))
        }
    }

    @Test func workbookDiagnosticsNameTheSheetAndTheCell() {
        #expect(SourceLocation(file: "dept.xlsx", row: 12, column: 3, sheet: "資産台帳").description == "dept.xlsx[資産台帳]!C12")
        #expect(SourceLocation(file: "dept.xlsx", row: 12, sheet: "資産台帳").description == "dept.xlsx[資産台帳]!12:12")
        #expect(SourceLocation(file: "dept.xlsx", sheet: "資産台帳").description == "dept.xlsx[資産台帳]")
    }

    @Test(arguments: [
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "password-protected workbook or an Excel 97–2003"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00], "damaged"),
    ] as [([UInt8], String)])
    func unreadableWorkbooksAreClearErrors(bytes: [UInt8], message: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.xlsx", bytes: bytes)
        do {
            _ = try RecordReaders.open(path, kind: .assets, encoding: nil, delimiter: nil)
            Issue.record("opened \(bytes)")
        } catch let error as InputError {
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func anOpenDocumentSpreadsheetIsNamedAsSuch() throws {
        do {
            _ = try RecordReaders.open(try Self.fixture("ods-renamed"), kind: .assets, encoding: nil, delimiter: nil)
            Issue.record("opened an .ods")
        } catch let error as InputError {
            #expect(error.message.contains("OpenDocument"))
        }
    }
}
