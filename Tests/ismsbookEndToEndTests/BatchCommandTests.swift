import Foundation
import ISMSBookCore
import ISMSBookTestSupport
import Testing

/// A batch folder of thirteen departments: nine generated ones, Excel's Shift_JIS export, a
/// broken CSV, an empty folder and a department whose name is not a safe file name.
final class BatchFixture {
    let folder: TemporaryFolder
    let input: URL

    init() throws {
        folder = try TemporaryFolder()
        input = folder.url.appendingPathComponent("departments")
        let manager = FileManager.default
        for index in 1...9 {
            let name = "部門\(String(format: "%02d", index))"
            let result = try CommandRunner.run([
                "generate", "--assets", "\(20 + index * 3)", "--risks", "\(15 + index * 2)", "--seed", "\(index)",
                "-o", input.appendingPathComponent(name).path,
            ])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let samples = CommandRunner.root.appendingPathComponent(Samples.departments)
        try manager.copyItem(at: samples.appendingPathComponent("経理部"), to: input.appendingPathComponent("経理部"))
        try manager.copyItem(at: samples.appendingPathComponent("開発部"), to: input.appendingPathComponent("a:b*c?"))
        let broken = input.appendingPathComponent("壊れた部")
        try manager.createDirectory(at: broken, withIntermediateDirectories: true)
        let bytes = Array("資産ID,資産名,機密性\nB-1,\"閉じない引用符,3\nB-2,ok,2\n".utf8) + [0xFF, 0xFE] + Array(",x,1\n".utf8)
        try Data(bytes).write(to: broken.appendingPathComponent("assets.csv"))
        try manager.createDirectory(at: input.appendingPathComponent("空の部"), withIntermediateDirectories: true)
    }

    func run(_ extra: [String], into name: String) throws -> (CommandRunner.Result, URL) {
        let output = folder.url.appendingPathComponent(name)
        let result = try CommandRunner.run(["batch", input.path, "-o", output.path, "--date", "2026-11-27"] + extra)
        return (result, output)
    }

    static func report(_ folder: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("report.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// report.json without its timings, which are the only part allowed to differ between runs.
    static func reportWithoutTimings(_ folder: URL) throws -> String {
        let text = try String(contentsOf: folder.appendingPathComponent("report.json"), encoding: .utf8)
        return text.replacing(/"seconds":[0-9.]+/, with: "")
    }
}

struct BatchCommandTests {
    @Test func convertsEveryDepartmentAndReportsTheBadOnes() throws {
        let fixture = try BatchFixture()
        let (result, output) = try fixture.run(["--jobs", "2"], into: "out")
        #expect(result.status == 1, "\(result.stderr)")
        let report = try BatchFixture.report(output)
        let departments = try #require(report["departments"] as? [[String: Any]])
        #expect(departments.count == 13)
        let status = Dictionary(uniqueKeysWithValues: departments.map { ($0["name"] as? String ?? "", $0["status"] as? String ?? "") })
        #expect(status["空の部"] == "no-registers")
        #expect(status["壊れた部"] == "input-errors")
        #expect(status["経理部"] == "input-errors")
        #expect(status["部門01"] == "ok")
        // Each department that was converted reports the time it took.
        for department in departments where department["status"] as? String != "no-registers" {
            #expect((department["seconds"] as? Double ?? 0) > 0, "\(department["name"] ?? "")")
        }
        // The broken department's row-level diagnostics are on stderr with file, row and column.
        #expect(result.stderr.contains("壊れた部/assets.csv:2:2: error:"))
        #expect(result.stderr.contains("invalid") || result.stderr.contains("not valid"))
        // Every department with registers has its workbook; the hostile name stays inside OUT_DIR.
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path)
        for name in ["部門01.xlsx", "経理部.xlsx", "壊れた部.xlsx", "a_b_c_.xlsx", "consolidated.xlsx", "report.json"] {
            #expect(files.contains(name), "\(name)")
        }
        #expect(!files.contains("空の部.xlsx"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.url.path).sorted() == ["departments", "out"])
        #expect(!files.contains { $0.hasPrefix(".") })

        // The consolidated workbook has exactly the sum of the departments' rows.
        let consolidated = try XLSXWorkbookReader(path: output.appendingPathComponent("consolidated.xlsx").path)
        var assetSum = 0
        var riskSum = 0
        for department in departments where FileManager.default.fileExists(
            atPath: output.appendingPathComponent("\(department["output_name"] as? String ?? "").xlsx").path)
        {
            let book = try XLSXWorkbookReader(path: output.appendingPathComponent("\(department["output_name"] as? String ?? "").xlsx").path)
            assetSum += try book.rows(ofSheet: "情報資産管理台帳").count - 1
            riskSum += try book.rows(ofSheet: "リスクアセスメント").count - 1
        }
        let assetRows = try consolidated.rows(ofSheet: "情報資産管理台帳")
        #expect(assetRows.count - 1 == assetSum)
        #expect(try consolidated.rows(ofSheet: "リスクアセスメント").count - 1 == riskSum)
        #expect(assetRows[0][0]?.string == "部門")
        #expect(Set(assetRows.dropFirst().compactMap { $0[0]?.string }).count == 12)
        let totals = try #require(report["totals"] as? [String: Any])
        #expect(totals["assets"] as? Int == assetSum)
    }

    @Test func jobsOneAndTwoGiveIdenticalBytes() throws {
        let fixture = try BatchFixture()
        let (_, one) = try fixture.run(["--jobs", "1"], into: "one")
        let (_, two) = try fixture.run(["--jobs", "2"], into: "two")
        let names = try FileManager.default.contentsOfDirectory(atPath: one.path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: two.path).sorted() == names)
        #expect(names.count > 40)
        for name in names where name != "report.json" {
            let a = try Data(contentsOf: one.appendingPathComponent(name))
            let b = try Data(contentsOf: two.appendingPathComponent(name))
            #expect(a == b, "\(name)")
        }
        #expect(try BatchFixture.reportWithoutTimings(one) == BatchFixture.reportWithoutTimings(two))
    }

    @Test func shardsMergedGiveTheSameConsolidatedWorkbook() throws {
        let fixture = try BatchFixture()
        let (_, whole) = try fixture.run([], into: "whole")
        var shardFolders: [String] = []
        var departments = 0
        for index in 1...3 {
            let (result, folder) = try fixture.run(["--shard", "\(index)/3"], into: "shard\(index)")
            #expect(result.status <= 1, "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("consolidated.xlsx").path))
            departments += try #require(try BatchFixture.report(folder)["departments"] as? [Any]).count
            shardFolders.append(folder.path)
        }
        #expect(departments == 13)
        let merged = fixture.folder.url.appendingPathComponent("merged.xlsx")
        let result = try CommandRunner.run(["merge"] + shardFolders + ["-o", merged.path, "--date", "2026-11-27"])
        #expect(result.status == 1, "\(result.stderr)")
        let a = try Data(contentsOf: whole.appendingPathComponent("consolidated.xlsx"))
        let b = try Data(contentsOf: merged)
        #expect(a == b)
    }

    @Test(arguments: [
        (#"{"id":"R-1","score":"#, "unexpected end of line"),
        (#"{"id":"R-1","score":"high","source":{"file":"r.csv","row":2}}"#, "score: expected a whole number or null, found a string"),
        (#"{"id":"R-1"}"#, "asset_id: missing"),
        (#"{"id":"R-1","asset_id":"A-1","nonsense":1}"#, "nonsense: not a member of a normalised risks record"),
        ("{\"id\":\"R-\u{FFFD}\",\"plan\":\"\u{1}\"}", "control character in a string"),
    ])
    func aDamagedRecordFileIsTwoAndNamesItsLine(line: String, message: String) throws {
        let fixture = try BatchFixture()
        let (_, output) = try fixture.run(["--jobs", "1"], into: "out")
        let records = output.appendingPathComponent("部門01.risks.jsonl")
        var lines = try String(contentsOf: records, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines[2] = Substring(line)
        try lines.joined(separator: "\n").write(to: records, atomically: true, encoding: .utf8)
        let merged = fixture.folder.url.appendingPathComponent("merged.xlsx")
        let result = try CommandRunner.run(["merge", output.path, "-o", merged.path])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("部門01.risks.jsonl:3: error: not a normalised record: "), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: merged.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.url.path).sorted() == ["departments", "out"])
    }

    @Test func aMissingInputFolderIsTwo() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["batch", folder.url.appendingPathComponent("none").path, "-o", folder.url.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such folder"))
    }
}
