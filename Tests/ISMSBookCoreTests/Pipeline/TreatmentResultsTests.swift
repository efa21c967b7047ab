import Foundation
import ISMSBookCore
import ISMSBookTestSupport
import Testing

/// The residual risk, status and acceptance read from registers, and the checks made of them
/// (ISO/IEC 27001 6.1.3 f, 8.3), judged on 2026-11-27.
struct TreatmentResultsTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    /// A-1 is worth 3: its current score is 3 × threat × vulnerability.
    static let assets = "資産ID,資産名,機密性,完全性,可用性\nA-1,顧客名簿,3,2,2\n"
    static let today = CalendarDate(year: 2026, month: 11, day: 27)!

    private func run(_ risks: String) throws -> (risks: [RiskRecord], report: BuildReport) {
        let sink = CapturingSink()
        let pipeline = RegisterPipeline(
            assetFiles: [try folder.write("a.csv", text: Self.assets)], riskFiles: [try folder.write("r.csv", text: risks)],
            options: .init(date: Self.today), collector: DiagnosticCollector())
        let report = try pipeline.run(into: sink)
        return (sink.risks, report)
    }

    struct Check: Sendable, CustomTestStringConvertible {
        var name: String
        /// After `リスクID,資産ID,脅威,脅威レベル,脆弱性レベル,`.
        var header: String
        var row: String
        /// The diagnostic codes expected on the row, with their severity.
        var expected: [String]
        var testDescription: String { name }
    }

    static let checks: [Check] = [
        Check(name: "residual above the current score", header: "リスク対応,対策後脅威レベル,対策後脆弱性レベル,承認者,承認日",
              row: "低減,3,3,部長,2026/04/01", expected: ["error residual-above-current"]),
        Check(name: "residual above the threshold, not accepted", header: "リスク対応,対策後脅威レベル,対策後脆弱性レベル",
              row: "低減,2,2", expected: ["error residual-not-accepted"]),
        Check(name: "residual above the threshold, accepted", header: "リスク対応,対策後脅威レベル,対策後脆弱性レベル,承認者,承認日",
              row: "低減,2,2,部長,2026/04/01", expected: []),
        Check(name: "approval after the generation date", header: "リスク対応,対策後リスク値,承認者,承認日",
              row: "低減,6,部長,2026/12/01", expected: ["error approval-in-future"]),
        Check(name: "expiry before approval", header: "リスク対応,対策後リスク値,承認者,承認日,受容期限",
              row: "低減,6,部長,2026/04/01,2026/03/31", expected: ["error expiry-before-approval", "warning acceptance-expired"]),
        Check(name: "an acceptance that has expired", header: "リスク対応,承認者,承認日,受容期限",
              row: "受容,部長,令和6年4月1日,令和7年3月31日", expected: ["warning acceptance-expired"]),
        Check(name: "approver without date", header: "リスク対応,対策後リスク値,承認者,承認日", row: "低減,6,部長,",
              expected: ["warning approver-without-date"]),
        Check(name: "date without approver", header: "リスク対応,対策後リスク値,承認者,承認日", row: "低減,6,,2026/04/01",
              expected: ["warning approval-date-without-approver"]),
        Check(name: "done with nothing after it", header: "リスク対応,対応状況,承認者,承認日", row: "低減,完了,部長,2026/04/01",
              expected: ["warning done-without-residual"]),
        Check(name: "overdue", header: "リスク対応,期限,対応状況", row: "低減,2026/09/30,実施中", expected: ["warning treatment-overdue"]),
        Check(name: "overdue with no status column", header: "リスク対応,期限", row: "低減,2026/09/30", expected: ["warning treatment-overdue"]),
        Check(name: "due but done", header: "リスク対応,期限,対応状況,対策後リスク値,承認者,承認日", row: "低減,2026/09/30,完了,6,部長,2026/10/01",
              expected: []),
        Check(name: "done but nothing changed", header: "リスク対応,対応状況,対策後脅威レベル,承認者,承認日",
              row: "低減,done,3,部長,2026/04/01", expected: ["warning treatment-changed-nothing"]),
        Check(name: "a given residual that differs", header: "リスク対応,対策後脅威レベル,対策後脆弱性レベル,対策後リスク値,承認者,承認日",
              row: "低減,1,1,5,部長,2026/04/01", expected: ["warning residual-score-differs"]),
        Check(name: "an unknown status", header: "リスク対応,対応状況", row: "受容,保留",
              expected: ["warning accepted-without-approver", "error unknown-status"]),
        Check(name: "older register: accept above the threshold, no approver", header: "リスク対応,承認者", row: "受容,",
              expected: ["warning accepted-without-approver"]),
    ]

    @Test(arguments: checks)
    func checksTheRow(_ check: Check) throws {
        // Threat 3 × vulnerability 2 × value 3 = 18, above the standard threshold of 8.
        let (risks, _) = try run("リスクID,資産ID,脅威,脅威レベル,脆弱性レベル,\(check.header)\nR-1,A-1,漏えい,3,2,\(check.row)\n")
        let found = risks[0].diagnostics.map { "\($0.severity == .error ? "error" : "warning") \($0.code)" }
        #expect(found == check.expected)
    }

    @Test func theNormalizeKeysHoldTheValuesUsed() throws {
        let (risks, _) = try run("""
            リスクID,資産ID,脅威,脅威レベル,脆弱性レベル,リスク対応,対策後脆弱性レベル,対応状況,承認者,承認日,受容期限,受容理由
            R-1,A-1,漏えい,3,2,低減,１,完了,部長,令和8年4月1日,2027/3/31,費用対効果
            """)
        let risk = try #require(risks.first)
        #expect(risk.residualThreatLevel?.value == 3)  // blank: the current level it took
        #expect(risk.residualVulnerabilityLevel?.value == 1)
        #expect(risk.residualLikelihood == 3)
        #expect(risk.residualImpact == 3)
        #expect(risk.residualScore == 9)
        #expect(risk.residualBand?.name == "high")
        #expect(risk.residualWithinThreshold == false)
        #expect(risk.status == .done)
        #expect(risk.approvedOn?.iso8601 == "2026-04-01")
        #expect(risk.acceptanceExpires?.iso8601 == "2027-03-31")
        #expect(risk.justification == "費用対効果")
        #expect(risk.acceptance == .accepted)
        let json = RecordEncoder.json(risk)
        let keys = ["residual_threat_level", "residual_vulnerability_level", "residual_likelihood", "residual_impact", "residual_score",
                    "residual_level", "residual_within_threshold", "status", "approved_on", "acceptance_expires", "justification", "acceptance"]
        let positions = try keys.map { key in try #require(json.range(of: "\"\(key)\":")?.lowerBound) }
        #expect(positions == positions.sorted())
        let approver = try #require(json.range(of: "\"approver\":")?.lowerBound)
        #expect(approver < positions[0])
        #expect(json.contains("\"acceptance\":\"accepted\""))
        #expect(json.contains("\"status\":\"done\""))
    }

    @Test func theReportCountsTheResults() throws {
        let (_, report) = try run("""
            Risk ID,Asset ID,Threat,Threat level,Vulnerability level,Treatment,Residual threat level,Status,Due date,Approver,Approved on,Review by
            R-1,A-1,Leak,3,2,reduce,1,done,2026-06-30,CISO,2026-04-01,2027-03-31
            R-2,A-1,Loss,3,2,reduce,,in progress,2026-06-30,,,
            R-3,A-1,Theft,3,2,accept,,,,CISO,2025-04-01,2026-03-31
            R-4,A-1,Typo,1,1,,,,,,,
            """)
        #expect(report.risksByAcceptance[.accepted] == 1)
        #expect(report.risksByAcceptance[.pending] == 1)
        #expect(report.risksByAcceptance[.expired] == 1)
        #expect(report.risksByAcceptance[.notRequired] == 1)
        #expect(report.treatmentsOverdue == 1)
        #expect(report.residualAboveThreshold == 1)  // R-3: accepted as it is, 18
        #expect(report.risksByStatus[.done] == 1)
        #expect(report.risksByStatus[.inProgress] == 1)
        // R-2 is reduced and R-4 untreated, with no residual given: neither residual is known.
        #expect(report.risksByResidualBand[nil] == 2)
        #expect(report.residualMatrix.total == 2)  // R-1 at 6, R-3 at 18
    }
}
