import Foundation
import ISMSBookCore
import Testing
import ISMSBookTestSupport

/// The binder's sample files, made to fit the sample departments (経理部, 人事部, 開発部).
enum BinderSamples {
    static let folder = "samples/binder"
    static let soa = "\(folder)/適用宣言書.csv"
    static let suppliers = "\(folder)/委託先管理台帳.csv"
    static let laws = "\(folder)/法令一覧.csv"
    static let auditors = "\(folder)/内部監査員.csv"
    static let options = ["--soa", soa, "--suppliers", suppliers, "--laws", laws, "--audit-checklist", "--auditors", auditors]
}

struct BinderCommandTests {
    @Test func theSamplesBuildTheWholeBinder() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("binder.xlsx").path
        let result = try CommandRunner.run(Samples.buildArguments(output: output, extra: ["--date", "2026-11-27"] + BinderSamples.options))
        #expect(result.status == 1, "\(result.stderr)")
        let reader = try XLSXWorkbookReader(path: output)
        #expect(reader.sheetNames == [
            "概要", "情報資産管理台帳", "リスクアセスメント", "リスクマップ", "リスク対応計画",
            "適用宣言書", "委託先管理台帳", "法令一覧", "内部監査チェックリスト", "検証結果",
        ])
        #expect(try reader.rows(ofSheet: "適用宣言書").count == 1 + 4 + 93 + 1)
        #expect(try reader.rows(ofSheet: "委託先管理台帳").count == 1 + 6)
        #expect(try reader.rows(ofSheet: "法令一覧").count == 1 + 13)
        // Three departments × the 87 applicable controls of the sample SoA.
        let checklist = try reader.rows(ofSheet: "内部監査チェックリスト")
        #expect(checklist.count == 1 + 3 * 87)
        let assigned = Set(checklist.dropFirst().map { "\($0[1]?.string ?? "")=\($0[8]?.string ?? "")" })
        #expect(assigned == ["経理部=山田 太郎", "人事部=鈴木 花子", "開発部=高橋 美咲"])

        let binderLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix(BinderSamples.folder) }
        let pattern = /^samples\/binder\/[^:]+(:\d+(:\d+)?)?: (error|warning): .+/
        for line in binderLines { #expect(line.wholeMatch(of: pattern) != nil, "\(line)") }
        let expected = [
            "samples/binder/適用宣言書.csv: warning: A.5.7: no applicability decision, and no risk names it",
            "samples/binder/適用宣言書.csv:55:3: error: 適用: A.7.10 is marked not applicable, but risks name it in their treatment: R-002 [\"除外\"]",
            "samples/binder/適用宣言書.csv:89:4: warning: 適用・除外の理由: A.8.30 is excluded without a reason",
            "samples/binder/委託先管理台帳.csv:3:5: warning: 秘密保持契約: asset HR-002 of value 3 is entrusted without an NDA or contract clause [\"なし\"]",
            "samples/binder/委託先管理台帳.csv:7:4: error: 委託する情報資産: no asset with this id or name in the asset register [\"HR-010\"]",
            "samples/binder/法令一覧.csv:4:5: warning: 最終確認日: last reviewed 2025-06-30, more than a year before 2026-11-27 [\"2025/06/30\"]",
        ]
        for line in expected { #expect(result.stderr.contains(line), "\(line)") }

        // Every printed diagnostic is on the Validation sheet, in the same order.
        let printed = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") }
        let validation = try reader.rows(ofSheet: "検証結果").dropFirst()
        #expect(validation.count == printed.count)
        #expect(validation.map { $0[1]?.string ?? "" } == printed.map { String($0.split(separator: ":")[0]) })
        #expect(result.stderr.contains("wrote \(output): 19 assets, 17 risks (11 above threshold); 10 errors, 21 warnings"))
        // 8 of the warnings are the samples' treatments overdue on 2026-11-27.
        #expect(printed.filter { $0.contains("treatment overdue since") }.count == 8)
    }

    @Test func soaWritesTheStatementOnItsOwn() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("soa.xlsx").path
        let arguments = ["soa", "--assets"] + Samples.assets + ["--risks"] + Samples.risks
            + ["--soa", BinderSamples.soa, "--lang", "en", "--date", "2026-11-27", "-o", output]
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("93 controls: 87 applicable, 4 excluded, 2 undecided, 69 implemented"))
        let reader = try XLSXWorkbookReader(path: output)
        #expect(reader.sheetNames == ["Statement of Applicability"])
        let rows = try reader.rows(ofSheet: "Statement of Applicability")
        let backup = try #require(rows.first { $0[0]?.string == "A.8.13" })
        #expect(backup[12]?.string == "samples/binder/適用宣言書.csv:72 (2013: A.12.3.1)")
    }

    @Test func aDraftSoAFromTheRisksAlone() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("draft.xlsx").path
        let result = try CommandRunner.run(["soa", "--assets"] + Samples.assets + ["--risks"] + Samples.risks + ["-o", output])
        #expect(result.stderr.contains("SoA: warning: 76 control(s) have no applicability decision and no risk names them"))
        #expect(result.stderr.contains("93 controls: 17 applicable, 0 excluded, 76 undecided"))
    }

    @Test func binderUsageErrorsExitWith2() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("o.xlsx").path
        let build = Samples.buildArguments(output: output)
        #expect(try CommandRunner.run(build + ["--auditors", BinderSamples.auditors]).status == 2)
        #expect(try CommandRunner.run(build + ["--audit-departments", "経理部"]).status == 2)
        #expect(try CommandRunner.run(build + ["--soa", "no/such/soa.csv"]).status == 2)
        #expect(try CommandRunner.run(["soa", "-o", output]).status == 2)
        let copy = try folder.write("soa.csv", text: "管理策,適用\nA.5.1,適用\n")
        #expect(try CommandRunner.run(["soa", "--soa", copy, "-o", copy]).status == 2)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func auditDepartmentsReplaceTheAssetRegistersDepartments() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("o.xlsx").path
        let result = try CommandRunner.run(
            Samples.buildArguments(output: output, extra: ["--audit-checklist", "--audit-departments", "総務部、経理部", "--auditors", BinderSamples.auditors]))
        #expect(result.status == 1)
        let rows = try XLSXWorkbookReader(path: output).rows(ofSheet: "内部監査チェックリスト").dropFirst()
        #expect(Set(rows.map { $0[1]?.string ?? "" }) == ["総務部", "経理部"])
        // Without a SoA, the checklist covers the controls the risks name (17 in the samples).
        #expect(rows.count == 2 * 17)
    }
}
