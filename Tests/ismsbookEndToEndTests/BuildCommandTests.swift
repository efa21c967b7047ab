import Foundation
import ISMSBookCore
import Testing
import ISMSBookTestSupport

struct BuildCommandTests {
    @Test func buildsTheSamplesKeepingEveryRow() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("isms.xlsx").path
        let result = try CommandRunner.run(Samples.buildArguments(output: output, extra: ["--date", "2026-11-27"]))
        // The samples carry deliberate mistakes, so the run reports input errors (1) and still writes.
        #expect(result.status == 1, "\(result.stderr)")
        let reader = try XLSXWorkbookReader(path: output)
        #expect(reader.sheetNames == ["概要", "情報資産管理台帳", "リスクアセスメント", "リスクマップ", "リスク対応計画", "検証結果"])

        for (sheet, files, counts) in [("情報資産管理台帳", Samples.assets, Samples.assetRows), ("リスクアセスメント", Samples.risks, Samples.riskRows)] {
            let rows = try reader.rows(ofSheet: sheet)
            #expect(rows.count - 1 == counts.reduce(0, +), "\(sheet)")
            let sourceColumn = try #require(rows[0].firstIndex { $0?.string == "出典" })
            let sources = rows.dropFirst().compactMap { $0[sourceColumn]?.string }
            for (file, count) in zip(files, counts) {
                #expect(sources.filter { $0.hasPrefix(file + ":") }.count == count, "\(file)")
            }
        }
    }

    @Test func everyDiagnosticIsOnStderrAndInTheValidationSheet() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("isms.xlsx").path
        let result = try CommandRunner.run(Samples.buildArguments(output: output))
        let lines = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") }
        #expect(lines.count >= 10)
        let pattern = /^samples\/departments\/[^:]+:\d+(:\d+)?: (error|warning): .+/
        for line in lines { #expect(line.wholeMatch(of: pattern) != nil, "\(line)") }
        let rows = try XLSXWorkbookReader(path: output).rows(ofSheet: "検証結果").dropFirst()
        #expect(rows.count == lines.count)
        let sheetLocations = rows.map { row in "\(row[1]?.string ?? ""):\(row[2]?.number.map { String(Int($0)) } ?? "")" }
        let printedLocations = lines.map { line in line.split(separator: ":").prefix(2).joined(separator: ":") }
        #expect(sheetLocations == printedLocations)
        #expect(result.stderr.contains("経理部/資産台帳.csv:9:12: error: 完全性: value out of range 1–3 [\"4\"]"))
        #expect(result.stderr.contains("経理部/リスク評価.csv:7:2: error: 管理番号: no asset with this id or name"))
    }

    @Test func sameInputsAndDateGiveIdenticalBytes() throws {
        let folder = try TemporaryFolder()
        let first = folder.url.appendingPathComponent("a.xlsx").path
        let second = folder.url.appendingPathComponent("b.xlsx").path
        _ = try CommandRunner.run(Samples.buildArguments(output: first, extra: ["--date", "2026-04-01"]))
        _ = try CommandRunner.run(Samples.buildArguments(output: second), environment: ["SOURCE_DATE_EPOCH": "1775001600"])
        let a = try Data(contentsOf: URL(fileURLWithPath: first))
        let b = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(a.count > 10_000)
        #expect(a == b)  // 1775001600 is 2026-04-01T00:00:00Z
    }

    @Test func englishWorkbook() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("en.xlsx").path
        _ = try CommandRunner.run(Samples.buildArguments(output: output, extra: ["--lang", "en"]))
        let reader = try XLSXWorkbookReader(path: output)
        #expect(reader.sheetNames == ["Summary", "Asset register", "Risk register", "Risk map", "Treatment plan", "Validation"])
        let header = try reader.rows(ofSheet: "Asset register")[0].compactMap { $0?.string }
        #expect(header.prefix(3) == ["Asset ID", "Name", "Category"])
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let folder = try TemporaryFolder()
        let assets = try folder.write("a.csv", text: "資産ID,資産名,機密性,保管期間\nA-1,会計,3,退職後5年\n")
        let output = folder.url.appendingPathComponent("o.xlsx").path
        let lenient = try CommandRunner.run(["build", "--assets", assets, "-o", output])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains(": warning: "))
        let strict = try CommandRunner.run(["build", "--assets", assets, "-o", output, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains(": error: 保管期間"))
    }

    @Test func leavesNoTemporaryFilesBehind() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("isms.xlsx").path
        _ = try CommandRunner.run(Samples.buildArguments(output: output))
        _ = try CommandRunner.run(["build", "--assets", "missing.csv", "-o", folder.url.appendingPathComponent("x.xlsx").path])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(names == ["isms.xlsx"])
    }
}

struct ExitStatusTests {
    @Test func unreadableInputIsTwoAndTouchesNoExistingOutput() throws {
        let folder = try TemporaryFolder()
        let output = try folder.write("keep.xlsx", text: "previous contents")
        let result = try CommandRunner.run(["build", "--assets", "no-such-file.csv", "-o", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-file.csv: error: no such file"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous contents")
    }

    @Test func aDirectoryAsInputIsTwo() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["build", "--assets", folder.url.path, "-o", folder.url.appendingPathComponent("x.xlsx").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is a directory"))
    }

    @Test func usageErrorsAreTwo() throws {
        #expect(try CommandRunner.run(["build", "--bogus"]).status == 2)
        #expect(try CommandRunner.run(["build", "-o", "x.xlsx"]).status == 2)
        #expect(try CommandRunner.run(["build", "--assets", Samples.assets[0], "--lang", "fr", "-o", "/tmp/x.xlsx"]).status == 2)
        #expect(try CommandRunner.run(["build", "--assets", Samples.assets[0], "--date", "2026/11/27", "-o", "/tmp/x.xlsx"]).status == 2)
        #expect(try CommandRunner.run(["build", "--assets", Samples.assets[0], "--encoding", "latin9", "-o", "/tmp/x.xlsx"]).status == 2)
    }

    @Test func anOutputThatIsAlsoAnInputIsRefused() throws {
        let result = try CommandRunner.run(["build", "--assets", Samples.assets[0], "-o", "./" + Samples.assets[0]])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is also an input"))
    }

    @Test func anUnwritableOutputIsThree() throws {
        let result = try CommandRunner.run(["build", "--assets", Samples.assets[0], "-o", "/no/such/folder/out.xlsx"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("out.xlsx: error:"))
    }

    @Test func aBadProfileIsTwo() throws {
        let folder = try TemporaryFolder()
        let profile = try folder.write("p.yaml", text: "method: detailed\ntreshold: 5\n")
        let result = try CommandRunner.run(["validate", "--assets", Samples.assets[0], "--profile", profile])
        #expect(result.status == 2)
        #expect(result.stderr.contains("p.yaml: error: unknown key 'treshold'"))
    }

    /// The cut is found by the writer thread, after the reader has finished: it must still reach
    /// stderr, 検証結果, the summary, the final line and the exit status.
    @Test func aCellCutAtExcelsLimitIsAnErrorUnderStrictOnEveryOutput() throws {
        let folder = try TemporaryFolder()
        let long = String(repeating: "備", count: 40_000)
        let assets = "資産ID,情報資産の名称,機密性,完全性,可用性,備考\n"
            + (1...10_000).map { "A-\($0),資産\($0),2,2,2,\($0 == 5_000 ? long : "")\n" }.joined()
        let assetPath = try folder.write("a.csv", text: assets)
        let riskPath = try folder.write("r.csv", text: "リスクID,資産ID,脅威,脅威レベル,脆弱性レベル\nR-1,A-1,漏えい,1,1\n")
        let output = folder.url.appendingPathComponent("out.xlsx").path
        let result = try CommandRunner.run(["build", "--assets", assetPath, "--risks", riskPath, "--strict", "-o", output])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("a.csv:5001: error: text longer than Excel's 32767 characters, cut at 情報資産管理台帳!Q5001"))
        #expect(result.stderr.contains("10000 assets, 1 risk (0 above threshold); 1 error, 0 warnings"), "\(result.stderr)")
        let reader = try XLSXWorkbookReader(path: output)
        let validation = try reader.rows(ofSheet: "検証結果").dropFirst()
        #expect(validation.map { "\($0[0]?.string ?? ""):\($0[2]?.number ?? 0):\($0[8]?.string ?? "")" } == ["エラー:5001.0:cell-truncated"])
        let summary = try reader.rows(ofSheet: "概要")
        #expect(summary.last { $0.first??.string == "エラー" }?[1]?.number == 1)
    }

    /// 3,000 rows with an error each print some 300 KiB of diagnostics: the run and the test's
    /// capture of it finish, and every line arrives.
    @Test(.timeLimit(.minutes(2))) func aRunThatPrintsMoreThanAPipeHoldsFinishes() throws {
        let folder = try TemporaryFolder()
        let assets = "資産ID,情報資産の名称,機密性,完全性,可用性\n" + (1...3_000).map { "A-\($0),資産\($0),9,2,2\n" }.joined()
        let path = try folder.write("a.csv", text: assets)
        let result = try CommandRunner.run(["validate", "--assets", path])
        #expect(result.status == 1)
        #expect(result.stderr.utf8.count > 64 * 1024)
        #expect(result.stderr.split(separator: "\n").filter { $0.contains(": error: 機密性: value out of range 1–3") }.count == 3_000)
    }

    @Test func helpExplainsTheExitStatusesAndExitsZero() throws {
        let result = try CommandRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Exit status"))
        let build = try CommandRunner.run(["build", "--help"])
        #expect(build.status == 0)
        #expect(build.stdout.contains("--assets"))
        #expect(build.stdout.contains("never as a formula"))
    }
}

struct BuildWithPlanTests {
    @Test func thePlanAddsTheCostAndRoadmapSheets() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("plan.xlsx").path
        let result = try CommandRunner.run(
            Samples.buildArguments(output: output, extra: ["--plan", "samples/plans/sample-plan.yaml", "--date", "2026-11-27"]))
        #expect(result.status == 1, "\(result.stderr)")
        let reader = try XLSXWorkbookReader(path: output)
        #expect(reader.sheetNames.suffix(2) == ["費用計画", "計画"])
        #expect(reader.sheetNames.count == 8)
        let formulas = try reader.cells(ofSheet: "費用計画").filter { $0.formula != nil }
        #expect(formulas.count > 10)
        #expect(formulas.allSatisfy { $0.number != nil })
    }

    @Test func aBadPlanIsTwo() throws {
        let folder = try TemporaryFolder()
        let plan = try folder.write("plan.yaml", text: "employees: -3\n")
        let result = try CommandRunner.run(Samples.buildArguments(output: folder.url.appendingPathComponent("x.xlsx").path,
                                                                  extra: ["--plan", plan]))
        #expect(result.status == 2)
        #expect(result.stderr.contains("plan.yaml"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("x.xlsx").path))
    }
}
