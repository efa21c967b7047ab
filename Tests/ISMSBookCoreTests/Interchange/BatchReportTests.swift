import Foundation
import ISMSBookCore
import Testing

/// `report.json` written and read back strictly, naming the line of what is wrong.
struct BatchReportTests {
    static func report() -> BatchReport {
        var accounting = DepartmentOutcome(name: "経理部", outputName: "経理部", status: .inputErrors)
        accounting.inputs = [
            BuildReport.Input(
                kind: .assets, path: "in/経理部/資産台帳.csv", sha256: String(repeating: "a", count: 64), byteCount: 812, encoding: .cp932,
                delimiter: UInt8(ascii: ","), headerRow: 3, rowsRead: 8, blankRows: 1),
            BuildReport.Input(
                kind: .risks, path: "in/経理部/dept.xlsx", sha256: String(repeating: "b", count: 64), byteCount: 9_000, encoding: .utf8,
                delimiter: 0, headerRow: 1, rowsRead: 6, blankRows: 0, sheet: "リスク評価"),
        ]
        accounting.assetCount = 8
        accounting.riskCount = 6
        accounting.risksAboveThreshold = 4
        accounting.errorCount = 3
        accounting.warningCount = 1
        accounting.residualAboveThreshold = 2
        accounting.acceptancePending = 3
        accounting.acceptanceExpired = 1
        accounting.treatmentsOverdue = 2
        accounting.outputs = ["経理部.xlsx", "経理部.assets.jsonl", "経理部.risks.jsonl", "経理部.diagnostics.jsonl"]
        accounting.assetExtraColumns = ["更新頻度"]
        accounting.seconds = 0.25
        var empty = DepartmentOutcome.noRegisters(name: "空", outputName: "空")
        empty.seconds = 0.001
        return BatchReport(
            tool: "ismsbook test", input: "in", shard: Shard("2/3"), profile: "detailed", departments: [accounting, empty], ignored: ["in/README.md"],
            consolidated: nil, seconds: 1.5)
    }

    @Test func aReportReadsBackAsItWasWritten() throws {
        let report = Self.report()
        let text = report.json()
        let decoded = try BatchReport.decode(Data(text.utf8), file: "out/report.json")
        #expect(decoded == report)
        #expect(decoded.json() == text)
        #expect(decoded.totals.byStatus[.inputErrors] == 1 && decoded.totals.byStatus[.noRegisters] == 1 && decoded.totals.assets == 8)
        #expect(decoded.departments[0].acceptancePending == 3 && decoded.departments[0].treatmentsOverdue == 2)
        #expect(text.contains(#""residual_above_threshold":2,"acceptance_pending":3,"acceptance_expired":1,"treatments_overdue":2"#))
    }

    /// Each damage, and the `FILE:LINE: error:` it gives: line 2 is the first department, 4 the totals.
    @Test(arguments: [
        (#""assets":8,"#, #""assets":"8","#, "out/report.json:2: error: departments[0].assets: expected a whole number, found a string"),
        (#""assets":8,"#, "", "out/report.json:2: error: departments[0].assets: missing"),
        (#""status":"input-errors""#, #""status":"done""#, #"out/report.json:2: error: departments[0].status: not a department status: "done""#),
        (#""output_name":"経理部""#, #""output_name":"../../etc/passwd""#,
         #"out/report.json:2: error: departments[0].output_name: not a safe file name: "../../etc/passwd""#),
        (#""encoding":"cp932""#, #""encoding":"latin1""#, #"out/report.json:2: error: departments[0].inputs[0].encoding: not an encoding: "latin1""#),
        (#""errors":3,"#, #""errors":3,"extra":1,"#, "out/report.json:2: error: departments[0].extra: not a member here"),
        (#""tool":"ismsbook test""#, #""tool":"ismsbook test""#, nil),
        (#""errors":3,"warnings":1,"residual_above_threshold":2,"acceptance_pending":3,"acceptance_expired":1,"treatments_overdue":2,"seconds":1.500"#,
         #""errors":0,"warnings":1,"residual_above_threshold":2,"acceptance_pending":3,"acceptance_expired":1,"treatments_overdue":2,"seconds":1.500"#,
         "out/report.json:4: error: totals.errors: is 0, but the departments add up to 3"),
        (#""treatments_overdue":2,"seconds":1.500"#, #""treatments_overdue":1,"seconds":1.500"#,
         "out/report.json:4: error: totals.treatments_overdue: is 1, but the departments add up to 2"),
        (#""acceptance_pending":3,"#, "", "out/report.json:2: error: departments[0].acceptance_pending: missing"),
        (#""shard":"2/3""#, #""shard":"4/3""#, #"out/report.json:1: error: shard: not K/N: "4/3""#),
        ("\n]", "\n", "out/report.json:4: error: not JSON: expected ',' or ']'"),
    ])
    func aDamagedReportIsAnErrorNamingItsLine(original: String, damaged: String, message: String?) throws {
        let text = Self.report().json()
        #expect(text.contains(original), "\(original)")
        let broken = text.replacingOccurrences(of: original, with: damaged)
        do {
            _ = try BatchReport.decode(Data(broken.utf8), file: "out/report.json")
            #expect(message == nil, "decoded: \(broken)")
        } catch let error as InputError {
            #expect("\(error)" == message, "\(broken)")
        }
    }
}
