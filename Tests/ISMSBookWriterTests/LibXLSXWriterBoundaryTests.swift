import Foundation
import ISMSBookCore
import Testing

@testable import ISMSBookWriter
import ISMSBookTestSupport

/// The wrapper around libxlsxwriter's handles: what happens after close, what an error says,
/// and where C is allowed.
struct LibXLSXWriterBoundaryTests {
    /// A sheet, a chart or a format used after its workbook was closed (which freed their handles)
    /// throws instead of touching freed memory (under AddressSanitizer in `make test`).
    @Test func aSheetOrChartUsedAfterCloseThrows() throws {
        let folder = try TemporaryFolder()
        let workbook = try Workbook(path: folder.url.appendingPathComponent("a.xlsx").path, options: .init())
        let sheet = try workbook.addWorksheet(named: "一")
        let chart = try workbook.addChart(.column)
        let series = try chart.addSeries(categories: "='一'!$A$1:$A$2", values: "='一'!$B$1:$B$2")
        let format = try workbook.format(.integer)
        try sheet.write("残る", row: 0, column: 0)
        try workbook.close()
        for (operation, attempt) in [
            ("write text", { try sheet.write("後", row: 1, column: 0) }), ("write a number", { try sheet.write(1.0, row: 1, column: 1, format: format) }),
            ("freeze", { try sheet.freezePanes(row: 1, column: 0) }), ("print", { try sheet.setUpPrinting(repeatedRows: 1, header: "", footer: "") }),
            ("insert a chart", { try sheet.insert(chart, row: 3, column: 3) }), ("title a chart", { try chart.setTitle("t") }),
            ("colour a series", { try series.setPointColors([0xFF0000]) }), ("add a sheet", { _ = try workbook.addWorksheet(named: "二") }),
            ("add a format", { _ = try workbook.format(.date) }), ("use a format", { _ = try workbook.format(.integer) }),
        ] as [(String, () throws -> Void)] {
            do {
                try attempt()
                Issue.record("\(operation) after close did not throw")
            } catch let error as XLSXWriterError {
                #expect(error.reason == .usedAfterClose, "\(operation)")
            }
        }
        let written = try XLSXWorkbookReader(path: folder.url.appendingPathComponent("a.xlsx").path)
        #expect(try written.cells(ofSheet: "一").map(\.string) == ["残る"])
    }

    @Test func anErrorCarriesItsReason() throws {
        let folder = try TemporaryFolder()
        let workbook = try Workbook(path: folder.url.appendingPathComponent("b.xlsx").path, options: .init())
        let sheet = try workbook.addWorksheet(named: "s")
        do {
            try sheet.write(1.0, row: Worksheet.maximumRow + 1, column: 0)
            Issue.record("a row past Excel's last did not throw")
        } catch let error as XLSXWriterError {
            // LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, with libxlsxwriter's own message.
            guard case .libxlsxwriter(let code) = error.reason else { throw error }
            #expect(code != 0 && error.message.lowercased().contains("range"), "\(error)")
            #expect(error.description.hasPrefix("writing s!A1048577: "))
        }
        do {
            _ = try workbook.addWorksheet(named: "s")
            Issue.record("a duplicate sheet name did not throw")
        } catch let error as XLSXWriterError {
            #expect(error.reason == .notCreated)
        }
        #expect(throws: XLSXWriterError.self) { try Workbook(path: "/nonexistent-folder/x.xlsx", options: .init()).close() }
    }

    /// `import CXLSXWriter` belongs in `Sources/ISMSBookWriter/LibXLSXWriter/` alone: the rest of
    /// the code talks to libxlsxwriter through its wrappers. Run in `make test`, so CI fails on any
    /// other import.
    @Test func onlyTheWrapperImportsTheCLibrary() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var importers: [String] = []
        for folder in ["Sources", "Tests", "Fuzz", "Benchmarks"] {
            guard let files = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let path = "\(folder)/\(file)"
                let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
                if text.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("import CXLSXWriter") }) {
                    importers.append(path)
                }
            }
        }
        #expect(!importers.isEmpty)
        #expect(importers.filter { !$0.hasPrefix("Sources/ISMSBookWriter/LibXLSXWriter/") } == [])
    }
}
