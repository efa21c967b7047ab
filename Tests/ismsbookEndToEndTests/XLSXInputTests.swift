import Foundation
import ISMSBookCore
import ISMSBookTestSupport
import Testing

struct XLSXInputTests {
    private func records(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try CommandRunner.run(["normalize"] + arguments)
        #expect(result.status <= 1, "\(result.stderr)")
        return try result.stdout.split(separator: "\n").map { line in
            var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            object["source"] = nil
            return object
        }
    }

    /// `normalize --format xlsx` writes a workbook (through libxlsxwriter) that reads back to the
    /// same records as the CSV it came from, for every sample department.
    @Test(arguments: zip(Samples.assets, Samples.risks))
    func normalisedWorkbooksReadBackUnchanged(assets: String, risks: String) throws {
        let folder = try TemporaryFolder()
        let assetBook = folder.url.appendingPathComponent("assets.xlsx").path
        let riskBook = folder.url.appendingPathComponent("risks.xlsx").path
        #expect(try CommandRunner.run(["normalize", "--assets", assets, "--format", "xlsx", "-o", assetBook]).status <= 1)
        #expect(try CommandRunner.run(["normalize", "--assets", assets, "--risks", risks, "--format", "xlsx", "-o", riskBook]).status <= 1)
        let original = try records(["--assets", assets])
        let roundTrip = try records(["--assets", assetBook])
        #expect(roundTrip.count == original.count)
        #expect(NSArray(array: roundTrip).isEqual(to: original))
        let originalRisks = try records(["--assets", assets, "--risks", risks])
        let roundTripRisks = try records(["--assets", assetBook, "--risks", riskBook])
        #expect(NSArray(array: roundTripRisks).isEqual(to: originalRisks))
    }

    @Test func buildReadsBothRegistersFromOneWorkbook() throws {
        let folder = try TemporaryFolder()
        let book = folder.url.appendingPathComponent("dept.xlsx").path
        let output = folder.url.appendingPathComponent("out.xlsx").path
        _ = try CommandRunner.run(["normalize", "--assets", Samples.assets[2], "--format", "xlsx", "-o", book])
        let result = try CommandRunner.run(["build", "--assets", "\(book)#assets", "--risks", Samples.risks[2], "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try XLSXWorkbookReader(path: output).cells(ofSheet: "概要").compactMap(\.string)
        #expect(summary.contains("\(book) [assets]"))
        #expect(summary.contains("XLSX"))
    }

    @Test func theTemplateReadsBackAndFollowsTheProfile() throws {
        let folder = try TemporaryFolder()
        let template = folder.url.appendingPathComponent("template.xlsx").path
        let result = try CommandRunner.run(["template", "--lang", "en", "--profile", "samples/profiles/direct.yaml", "-o", template])
        #expect(result.status == 0, "\(result.stderr)")
        let reader = try XLSXWorkbookReader(path: template)
        #expect(reader.sheetNames == ["Asset register", "Risk register", "Instructions"])
        let header = try reader.rows(ofSheet: "Risk register")[0].compactMap { $0?.string }
        #expect(header.contains("Risk score"))
        #expect(!header.contains("Threat level"))
        let sheet = String(decoding: try reader.entry("xl/worksheets/sheet2.xml"), as: UTF8.self)
        #expect(sheet.contains("type=\"whole\"") && sheet.contains("<formula2>10</formula2>"))
        #expect(reader.entryPaths.contains("xl/comments1.xml"))
        // An empty template builds without a missing-column error.
        let build = try CommandRunner.run(["build", "--assets", template, "--risks", template, "--profile", "samples/profiles/direct.yaml",
                                           "-o", folder.url.appendingPathComponent("out.xlsx").path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stderr.contains("missing-column") && !build.stderr.contains("no column"))
    }

    @Test func notAWorkbookIsTwo() throws {
        let folder = try TemporaryFolder()
        let legacy = try folder.write("old.xlsx", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 100))
        let result = try CommandRunner.run(["validate", "--assets", legacy])
        #expect(result.status == 2)
        #expect(result.stderr.contains("old.xlsx: error: is a password-protected workbook or an Excel 97–2003"))
    }
}
