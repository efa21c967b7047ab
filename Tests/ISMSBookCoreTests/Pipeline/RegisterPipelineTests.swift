import Foundation
import ISMSBookCore
import Testing
import ISMSBookTestSupport

/// Keeps whatever the pipeline hands over.
final class CapturingSink: RegisterSink {
    var layout: RegisterLayout?
    var assets: [AssetRecord] = []
    var risks: [RiskRecord] = []
    var report: BuildReport?

    func begin(_ layout: RegisterLayout) throws { self.layout = layout }
    func write(_ asset: AssetRecord) throws { assets.append(asset) }
    func write(_ risk: RiskRecord) throws { risks.append(risk) }
    func finish(_ report: BuildReport) throws -> SinkOutcome {
        self.report = report
        return SinkOutcome()
    }
}

struct RegisterPipelineTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    private func run(
        assets: [String], risks: [String] = [], profile: ScoringProfile = .standard, strict: Bool = false
    ) throws -> (CapturingSink, BuildReport) {
        let assetPaths = try assets.enumerated().map { try folder.write("assets\($0.offset).csv", text: $0.element) }
        let riskPaths = try risks.enumerated().map { try folder.write("risks\($0.offset).csv", text: $0.element) }
        let sink = CapturingSink()
        let pipeline = RegisterPipeline(
            assetFiles: assetPaths, riskFiles: riskPaths, options: .init(profile: profile),
            collector: DiagnosticCollector(treatWarningsAsErrors: strict))
        let report = try pipeline.run(into: sink)
        return (sink, report)
    }

    @Test func normalisesMessyAssetCells() throws {
        let csv = """
            管理番号,情報資産の名称,個人情報,機密性,完全性,可用性,保存期限,登録日,備考
            Ａ－００１,　会計システム　,有,３,高,低,５年,令和2年12月25日,①
            A-002,給与,要配慮個人情報,1,1,1,永年,R2.12.25,
            A-003,台帳,×,3(高),M,L,2030/3/31,２０２０／１２／２５,
            A-004,名簿,特定個人情報,1,2,1,7 years,44190,
            """
        let (sink, report) = try run(assets: [csv])
        let assets = sink.assets
        #expect(assets.count == 4)
        #expect(report.errorCount == 0)
        #expect(assets[0].id == "A-001")
        #expect(assets[0].name == "会計システム")
        #expect(assets[0].personalData == .personal)
        #expect([assets[0].confidentiality, assets[0].integrity, assets[0].availability] == [3, 3, 1])
        #expect(assets[0].value == 3)
        #expect(assets[0].recordedOn?.iso8601 == "2020-12-25")
        #expect(assets[0].retention == "5年")
        #expect(assets[0].retentionUntil?.iso8601 == "2025-12-25")
        #expect(assets[0].notes == "1")
        #expect(assets[1].value == 3)  // sensitive personal data
        #expect(assets[1].isRetentionPermanent)
        #expect(assets[1].retentionUntil == nil)
        #expect(assets[2].personalData == PersonalDataKind.none)
        #expect(assets[2].retentionUntil?.iso8601 == "2030-03-31")
        #expect(assets[2].recordedOn?.iso8601 == "2020-12-25")
        #expect(assets[3].value == 3)  // my-number data
        #expect(assets[3].retentionUntil?.iso8601 == "2027-12-25")
    }

    @Test func keepsEveryRowAndMarksEachProblem() throws {
        let csv = """
            資産ID,名称,機密性,完全性,可用性,保管期間,記入日
            A-1,会計,4,2,2,5年,2020/04/01
            A-2,,1,1,1,,来年度
            A-1,重複,1,1,1,,
            A-4,期限切れ,1,1,1,2019/03/31,2020/04/01
            A-5,退職者,1,1,1,退職後5年,
            """
        let (sink, report) = try run(assets: [csv])
        #expect(sink.assets.count == 5)
        let codes = report.diagnostics.map { "\($0.location.row ?? 0):\($0.code)" }
        #expect(codes == ["2:out-of-range", "3:missing-value", "3:invalid-date", "4:duplicate-id",
                          "5:recorded-after-retention", "6:invalid-retention"])
        #expect(sink.assets[0].invalidCells[.confidentiality] == "4")
        #expect(sink.assets[0].value == 2)
        #expect(sink.assets[2].invalidCells[.id] == "A-1")
        #expect(report.errorCount == 5)
        #expect(report.warningCount == 1)
        let duplicate = report.diagnostics[3]
        #expect(duplicate.location.column == 1)
        #expect(duplicate.location.columnName == "資産ID")
        #expect(duplicate.value == "A-1")
        #expect(duplicate.description.hasPrefix("\(folder.url.path)/assets0.csv:4:1: error: 資産ID: duplicate id"))
    }

    @Test func scoresRisksAgainstTheAssetRegister() throws {
        let assets = "資産ID,資産名,機密性,完全性,可用性,個人情報\nA-1,会計,3,2,2,なし\nA-2,名簿,1,1,1,有\n"
        let risks = """
            リスクID,資産ID,資産名,脅威,脆弱性,脅威レベル,脆弱性レベル,リスク対応,対応策,管理策,担当者,期限,承認者
            R-1,A-1,,漏えい,施錠なし,3,2,低減,施錠,"A.8.13; 8.13、a.5.10",課長,令和7年3月31日,
            R-2,,名簿,紛失,,2,2,,,,,,
            R-3,A-9,,障害,,1,1,受容,,,,,
            R-4,A-1,,誤送信,,3,3,受容,,,,,
            R-5,A-2,,誤操作,,1,1,保有,,,,,
            """
        let (sink, report) = try run(assets: [assets], risks: [risks])
        let risk = sink.risks
        #expect(risk.count == 5)
        #expect(risk[0].score == 18)
        #expect(risk[0].band?.name == "high")
        #expect(risk[0].isAccepted == false)
        #expect(risk[0].treatment == .reduce)
        #expect(risk[0].controls == ["A.8.13", "A.5.10"])
        #expect(risk[0].due?.iso8601 == "2025-03-31")
        #expect(risk[0].asset == "会計")
        #expect(risk[1].assetID == "A-2")  // found by name
        #expect(risk[1].score == 8)  // value 2 (personal data) × 2 × 2
        #expect(risk[1].isAccepted == true)
        #expect(risk[2].score == nil)
        #expect(risk[4].treatment == .accept)
        let codes = report.diagnostics.map { "\($0.location.row ?? 0):\($0.code)" }
        #expect(codes == ["4:unknown-asset", "5:accepted-without-approver"])
        #expect(report.risksAboveThreshold == 2)
        #expect(report.risksByBand["high"] == 1)
        #expect(report.risksByBand["critical"] == 1)
        #expect(report.risksByBand[nil] == 1)
    }

    @Test func anUntreatedRiskAboveTheThresholdIsAnError() throws {
        let assets = "資産ID,資産名,機密性\nA-1,会計,3\n"
        let risks = "リスクID,資産ID,脅威,脅威レベル,脆弱性レベル,リスク対応\nR-1,A-1,漏えい,3,3,\nR-2,A-1,紛失,1,1,\n"
        let (_, report) = try run(assets: [assets], risks: [risks])
        #expect(report.diagnostics.map(\.code) == ["untreated-risk"])
        #expect(report.diagnostics[0].location.row == 2)
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let assets = "資産ID,資産名,機密性,保管期間\nA-1,会計,3,退職後5年\n"
        let (_, lenient) = try run(assets: [assets])
        #expect(lenient.errorCount == 0 && lenient.warningCount == 1)
        let (sink, strict) = try run(assets: [assets], strict: true)
        #expect(strict.errorCount == 1 && strict.warningCount == 0)
        #expect(sink.assets[0].diagnostics.first?.severity == .error)
    }

    @Test func extraColumnsAreKeptInOrderAcrossFiles() throws {
        let first = "資産ID,資産名,更新頻度,確認者\nA-1,会計,年1回,山田\n"
        let second = "Asset ID,Name,Backup,更新頻度\nB-1,Server,Daily,月1回\n"
        let (sink, _) = try run(assets: [first, second])
        #expect(sink.layout?.assetExtraColumns == ["更新頻度", "確認者", "Backup"])
        #expect(sink.assets[1].extras == [ExtraCell(header: "Backup", text: "Daily"), ExtraCell(header: "更新頻度", text: "月1回")])
    }

    @Test func surplusCellsAreReportedWithTheirText() throws {
        let (sink, report) = try run(assets: ["資産ID,資産名\nA-1,会計,はみ出し,,\nA-2,給与,,\n"])
        #expect(sink.assets.count == 2)
        #expect(report.diagnostics.map(\.code) == ["surplus-cells"])
        #expect(report.diagnostics[0].value == "はみ出し")
    }

    @Test func aMissingColumnIsReportedOnceForTheFile() throws {
        let assets = "資産ID,資産名,機密性\nA-1,会計,3\n"
        let risks = "リスクID,資産ID,脅威\nR-1,A-1,漏えい\nR-2,A-1,紛失\n"
        let (sink, report) = try run(assets: [assets], risks: [risks])
        #expect(sink.risks.count == 2)
        #expect(report.diagnostics.map(\.code) == ["missing-column", "missing-column"])
        #expect(report.diagnostics.allSatisfy { $0.location.row == 1 })
    }

    @Test func givenScoresAndValuesAreChecked() throws {
        let assets = "資産ID,資産名,機密性,完全性,可用性,重要度\nA-1,会計,2,2,1,3\n"
        let risks = "リスクID,資産ID,脅威,脅威レベル,脆弱性レベル,リスク値,リスク対応\nR-1,A-1,漏えい,2,2,9,低減\n"
        let (_, report) = try run(assets: [assets], risks: [risks])
        #expect(report.diagnostics.map(\.code) == ["value-differs", "score-differs"])
    }

    @Test func otherMethodsScoreFromTheirOwnColumns() throws {
        let assets = "資産ID,資産名,機密性\nA-1,会計,3\n"
        let matrix = "リスクID,資産ID,脅威,発生可能性,影響度,リスク対応\nR-1,A-1,漏えい,4,5,低減\nR-2,A-1,紛失,2,2,\n"
        let (lxi, _) = try run(assets: [assets], risks: [matrix], profile: .defaultProfile(for: .likelihoodImpact))
        #expect(lxi.risks.map(\.score) == [20, 4])
        let direct = "リスクID,資産ID,脅威,リスク値,リスク対応\nR-1,A-1,漏えい,8/10,低減\nR-2,A-1,紛失,3,\nR-3,A-1,障害,4/5,\n"
        let (given, report) = try run(assets: [assets], risks: [direct], profile: .defaultProfile(for: .direct))
        #expect(given.risks.map(\.score) == [8, 3, nil])
        #expect(report.diagnostics.map(\.code) == ["scale-mismatch"])
    }
}
