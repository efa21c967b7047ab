import Foundation
import ISMSBookCore
import Testing
import ISMSBookTestSupport

/// A batch's records and diagnostics written by the core's encoders and read back by its strict
/// decoders, as `merge` does.
struct RecordInterchangeTests {
    static let assets = """
        資産ID,情報資産の名称,個人情報,機密性,完全性,可用性,保管期間,記入日,備考,更新頻度
        A-1,顧客名簿,要配慮個人情報,3,2,2,永年,令和2年4月1日,"複数行
        の備考",年1回
        A-2,"給与, 賞与",なし,4,1,1,5年,2021/04/01,,
        """
    static let risks = """
        リスクID,資産ID,脅威,脆弱性,脅威レベル,脆弱性レベル,リスク対応,対応策,管理策,期限,承認者
        R-1,A-1,漏えい,施錠なし,3,3,低減,施錠する,A.7.10; 8.13,2026/09/30,
        R-2,A-9,紛失,教育不足,2,x,回避,,,翌月,
        """

    /// The records the pipeline makes of the registers above.
    static func records() throws -> (assets: [AssetRecord], risks: [RiskRecord], layout: RegisterLayout) {
        let folder = try TemporaryFolder()
        let sink = CapturingSink()
        let pipeline = RegisterPipeline(
            assetFiles: [try folder.write("a.csv", text: assets)], riskFiles: [try folder.write("r.csv", text: risks)], options: .init(),
            collector: DiagnosticCollector())
        _ = try pipeline.run(into: sink)
        return (sink.assets, sink.risks, try #require(sink.layout))
    }

    @Test func recordsReadBackAsTheyWereWritten() throws {
        let (assets, risks, layout) = try Self.records()
        #expect(assets.count == 2 && risks.count == 2)
        let assetDecoder = RecordDecoder<AssetField>(profile: .standard, department: "経理部", extraColumns: layout.assetExtraColumns)
        let riskDecoder = RecordDecoder<RiskField>(profile: .standard, department: "経理部", extraColumns: layout.riskExtraColumns)
        for asset in assets {
            let line = RecordEncoder.json(asset, fields: .batch)
            let decoded = try assetDecoder.decode(Data(line.utf8))
            #expect(RecordEncoder.json(decoded, fields: .batch) == line)
            #expect(decoded.source.department == "経理部")
            #expect(decoded.isRetentionPermanent == asset.isRetentionPermanent)
            #expect(decoded.invalidCells == asset.invalidCells)
        }
        for risk in risks {
            let line = RecordEncoder.json(risk, fields: .batch)
            let decoded = try riskDecoder.decode(Data(line.utf8))
            #expect(RecordEncoder.json(decoded, fields: .batch) == line)
            #expect(decoded.band == risk.band && decoded.assetValue == risk.assetValue && decoded.controls == risk.controls)
        }
        #expect(assets[0].isRetentionPermanent && assets[1].invalidCells[.confidentiality] == "4")
        #expect(risks[1].invalidCells[.vulnerabilityLevel] == "x" && risks[1].invalidCells[.due] == "翌月")
    }

    @Test func normalizeLeavesOutWhatOnlyMergeNeeds() throws {
        let (_, risks, _) = try Self.records()
        #expect(!RecordEncoder.json(risks[0]).contains("\"asset_value\""))
        #expect(RecordEncoder.json(risks[0], fields: .batch).contains("\"asset_value\":3"))
    }

    /// A record that is not exactly what a batch writes is refused, naming the member.
    @Test(arguments: [
        (#""id":"R-1","id":"R-2""#, "id: given twice"),
        (#""nonsense":1"#, "nonsense: not a member of a normalised risks record"),
        (#""score":"high""#, "score: expected a whole number or null, found a string"),
        (#""due":"2026/09/30""#, #"due: not a date YYYY-MM-DD: "2026/09/30""#),
        (#""due":"2026-02-30""#, #"due: not a date YYYY-MM-DD: "2026-02-30""#),
        (#""treatment":"mitigate""#, #"treatment: not a treatment: "mitigate""#),
        (#""level":"severe""#, #"level: not a level of the profile 'detailed': "severe""#),
        (#""controls":null"#, "controls: expected an array of strings, found null"),
        (#""extra":{"色":"赤"}"#, "extra.色: not a column of the department in report.json"),
        (#""invalid":{"level":"x"}"#, "level: not a column of the register"),
        (#""source":{"file":"r.csv"}"#, "source: needs a file and a row"),
        (#""source":{"file":"r.csv","row":"2"}"#, "source: expected a whole number, found a string"),
    ])
    func aDamagedRecordIsRefusedNamingTheMember(member: String, problem: String) throws {
        let (_, risks, layout) = try Self.records()
        // The member replaces the one of the same key, or goes first.
        var line = RecordEncoder.json(risks[0], fields: .batch)
        let key = String(member.split(separator: ":")[0])
        if let range = line.range(of: key + ":") {
            let end = line.range(of: key == "\"extra\"" || key == "\"invalid\"" || key == "\"source\"" ? "}," : ",", range: range.upperBound..<line.endIndex)
            line.replaceSubrange(range.lowerBound..<(end?.upperBound ?? line.endIndex), with: member + ",")
        } else {
            line.insert(contentsOf: member + ",", at: line.index(after: line.startIndex))
        }
        let decoder = RecordDecoder<RiskField>(profile: .standard, department: "d", extraColumns: layout.riskExtraColumns)
        #expect(throws: RecordDecodingError.self) { try decoder.decode(Data(line.utf8)) }
        do {
            _ = try decoder.decode(Data(line.utf8))
        } catch {
            #expect("\(error)" == problem, "\(line)")
        }
    }

    @Test func aRecordMissingAMemberIsRefused() throws {
        let decoder = RecordDecoder<AssetField>(profile: .standard, department: "d", extraColumns: [])
        #expect(throws: RecordDecodingError(key: "name", problem: "missing")) {
            try decoder.decode(Data(#"{"id":"A-1","extra":{},"source":{"file":"a.csv","row":2},"invalid":{}}"#.utf8))
        }
    }

    @Test func diagnosticsReadBackWithBothMessages() throws {
        let diagnostic = Diagnostic(
            .warning, .givenValueDiffers(computed: 3), at: SourceLocation(file: "a.csv", row: 4, column: 5, columnName: "重要度"),
            value: "2", field: FieldKey(AssetField.value))
        let line = DiagnosticLine.json(diagnostic, withJapanese: true)
        let decoded = try DiagnosticLine.decode(Data(line.utf8))
        #expect(decoded == diagnostic)
        #expect(DiagnosticLine.json(decoded, withJapanese: true) == line)
        // The copy `validate --format json` prints has no Japanese message: not a batch's copy.
        #expect(throws: RecordDecodingError(key: "message_ja", problem: "missing")) {
            try DiagnosticLine.decode(Data(DiagnosticLine.json(diagnostic).utf8))
        }
        #expect(throws: RecordDecodingError(key: "severity", problem: "not error or warning: \"fatal\"")) {
            try DiagnosticLine.decode(Data(line.replacingOccurrences(of: "\"warning\"", with: "\"fatal\"").utf8))
        }
    }
}
