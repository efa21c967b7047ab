import Foundation
import ISMSBookTestSupport
import Testing

/// Residual risk, status and acceptance through the commands: `batch`'s report.json counts them,
/// `merge` reads them back to the same consolidated workbook, `normalize` writes their keys.
struct TreatmentResultsCommandTests {
    static let assets = "資産ID,資産名,機密性,完全性,可用性\nA-1,顧客名簿,3,2,2\nA-2,見積書,1,1,1\n"
    /// Judged on 2026-11-27: R-1 accepted, R-2 pending and overdue, R-3 expired (its residual, the
    /// current 18, above the threshold: an error), R-4 not required.
    static let risks = """
        リスクID,資産ID,脅威,脅威レベル,脆弱性レベル,リスク対応,対策後脅威レベル,対策後脆弱性レベル,対応状況,期限,承認者,承認日,受容期限,受容理由
        R-1,A-1,漏えい,3,2,低減,1,,完了,令和8年6月30日,部長,令和8年4月1日,令和9年3月31日,暗号化済み
        R-2,A-1,紛失,3,2,低減,,,実施中,2026/06/30,,,,
        R-3,A-1,盗難,3,2,受容,,,,,部長,2025/04/01,2026/03/31,保険で補償
        R-4,A-2,誤送信,1,1,,,,,,,,,
        """

    @Test func batchCountsThemAndMergeReadsThemBack() throws {
        let folder = try TemporaryFolder()
        let input = folder.url.appendingPathComponent("in")
        let department = input.appendingPathComponent("営業部")
        try FileManager.default.createDirectory(at: department, withIntermediateDirectories: true)
        try Self.assets.write(to: department.appendingPathComponent("資産台帳.csv"), atomically: true, encoding: .utf8)
        try Self.risks.write(to: department.appendingPathComponent("リスク評価.csv"), atomically: true, encoding: .utf8)
        let output = folder.url.appendingPathComponent("out")
        let batch = try CommandRunner.run(["batch", input.path, "-o", output.path, "--date", "2026-11-27"])
        #expect(batch.status == 1, "\(batch.stderr)")
        #expect(batch.stderr.contains("treatment overdue since 2026-06-30"))
        #expect(batch.stderr.contains("the acceptance expired on 2026-03-31"))
        #expect(batch.stderr.contains("residual score 18 is above the acceptance threshold 8 and the risk owner has not accepted it"))

        let data = try Data(contentsOf: output.appendingPathComponent("report.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let first = try #require((report["departments"] as? [[String: Any]])?.first)
        let totals = try #require(report["totals"] as? [String: Any])
        for counts in [first, totals] {
            #expect(counts["residual_above_threshold"] as? Int == 1)
            #expect(counts["acceptance_pending"] as? Int == 1)
            #expect(counts["acceptance_expired"] as? Int == 1)
            #expect(counts["treatments_overdue"] as? Int == 1)
        }

        let records = try String(contentsOf: output.appendingPathComponent("営業部.risks.jsonl"), encoding: .utf8)
        #expect(records.contains(#""acceptance":"accepted""#) && records.contains(#""acceptance":"not_required""#))
        #expect(records.contains(#""residual_score":6"#))

        let merged = folder.url.appendingPathComponent("merged.xlsx")
        let merge = try CommandRunner.run(["merge", output.path, "-o", merged.path, "--date", "2026-11-27"])
        #expect(merge.status == 1, "\(merge.stderr)")
        #expect(try Data(contentsOf: merged) == Data(contentsOf: output.appendingPathComponent("consolidated.xlsx")))
    }

    @Test func normalizeJudgesOnItsDate() throws {
        let folder = try TemporaryFolder()
        let assets = try folder.write("a.csv", text: Self.assets)
        let risks = try folder.write("r.csv", text: Self.risks)
        let before = try CommandRunner.run(["normalize", "--assets", assets, "--risks", risks, "--date", "2026-03-01"])
        let after = try CommandRunner.run(["normalize", "--assets", assets, "--risks", risks, "--date", "2026-11-27"])
        let r3 = { (text: String) in text.split(separator: "\n").first { $0.contains(#""id":"R-3""#) }.map(String.init) ?? "" }
        #expect(r3(before.stdout).contains(#""acceptance":"accepted""#))
        #expect(r3(after.stdout).contains(#""acceptance":"expired""#))
        #expect(!before.stderr.contains("treatment overdue"))
        #expect(after.stderr.contains("r.csv:3:10: warning: 期限: treatment overdue since 2026-06-30"))
    }
}
