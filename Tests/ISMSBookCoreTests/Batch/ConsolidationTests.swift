import Foundation
import ISMSBookCore
import Testing
import ISMSBookTestSupport

/// The consolidation and department-status rules of a batch, without a workbook.
struct ConsolidationTests {
    @Test func departmentsAreMergedByNameThenFolder() {
        let departments = [("人事部", "out-2"), ("人事部", "out-1"), ("経理部", "out-1"), ("総務部", "out-3")].map {
            Consolidation.Department(outcome: DepartmentOutcome(name: $0.0, outputName: $0.0, status: .ok), folder: $0.1)
        }
        #expect(Consolidation.ordered(departments).map { "\($0.outcome.name)@\($0.folder)" } == ["人事部@out-1", "人事部@out-2", "経理部@out-1", "総務部@out-3"])
    }

    @Test func extraColumnsAreTheUnionInDepartmentOrder() {
        var first = DepartmentOutcome(name: "a", outputName: "a", status: .ok)
        first.assetExtraColumns = ["更新頻度", "色"]
        var second = DepartmentOutcome(name: "b", outputName: "b", status: .inputErrors)
        second.assetExtraColumns = ["色", "重さ"]
        second.riskExtraColumns = ["メモ"]
        let columns = Consolidation.extraColumns(of: [first, second])
        #expect(columns.assets == ["更新頻度", "色", "重さ"] && columns.risks == ["メモ"])
    }

    @Test(arguments: [
        (DepartmentOutcome.Status.ok, true), (.inputErrors, true), (.unreadable, false), (.noRegisters, false), (.outputFailed, false),
    ])
    func onlyConvertedDepartmentsHaveRecords(status: DepartmentOutcome.Status, hasRecords: Bool) {
        #expect(Consolidation.Department(outcome: DepartmentOutcome(name: "d", outputName: "d", status: status), folder: "o").hasRecords == hasRecords)
    }

    @Test func aConvertedDepartmentWithAnErrorHasInputErrors() {
        var report = BuildReport(profile: .standard)
        report.assetCount = 3
        #expect(DepartmentOutcome.converted(name: "d", outputName: "d", report: report, outputs: []).status == .ok)
        report.add([Diagnostic(.warning, .missingRating, at: SourceLocation(file: "a.csv"))])
        #expect(DepartmentOutcome.converted(name: "d", outputName: "d", report: report, outputs: []).status == .ok)
        report.add([Diagnostic(.error, .missingValue, at: SourceLocation(file: "a.csv"))])
        let outcome = DepartmentOutcome.converted(name: "d", outputName: "d", report: report, outputs: ["d.xlsx"])
        #expect(outcome.status == .inputErrors && outcome.errorCount == 1 && outcome.warningCount == 1 && outcome.assetCount == 3)
        #expect(DepartmentOutcome.noRegisters(name: "d", outputName: "d").message?.contains("no register found") == true)
    }

    @Test func theVerdictOfABatch() {
        func outcomes(_ statuses: [DepartmentOutcome.Status]) -> [DepartmentOutcome] {
            statuses.map { DepartmentOutcome(name: "d", outputName: "d", status: $0) }
        }
        #expect(BatchVerdict.of(batch: outcomes([.ok, .ok]), consolidationFailed: false, reportFailed: false) == .fine)
        #expect(BatchVerdict.of(batch: outcomes([.ok, .noRegisters]), consolidationFailed: false, reportFailed: false) == .inputProblems)
        #expect(BatchVerdict.of(batch: outcomes([.unreadable, .outputFailed]), consolidationFailed: false, reportFailed: false) == .outputFailed)
        #expect(BatchVerdict.of(batch: outcomes([.ok]), consolidationFailed: true, reportFailed: false) == .outputFailed)
        #expect(BatchVerdict.of(batch: outcomes([.ok]), consolidationFailed: false, reportFailed: true) == .outputFailed)
        #expect(BatchVerdict.of(batch: [], consolidationFailed: false, reportFailed: false) == .fine)
        var report = BuildReport(profile: .standard)
        #expect(BatchVerdict.of(merge: outcomes([.ok]), report: report) == .fine)
        report.add([Diagnostic(.error, .cellTruncated(limit: 1, sheet: "s", cell: "A1"), at: SourceLocation(file: "s"))])
        #expect(BatchVerdict.of(merge: outcomes([.ok]), report: report) == .inputProblems)
    }

    /// A folder as a batch leaves it, streamed into a sink: each record gets the diagnostics of its
    /// row, the counts add up, and departments without records contribute their inputs only.
    @Test func aBatchFolderStreamsIntoASink() throws {
        let folder = try TemporaryFolder()
        let asset = #"{"id":"A-1","name":"名簿","category":null,"owner":null,"department":null,"location":null,"medium":null,"users":null,"personal_data":null,"confidentiality":2,"integrity":4,"availability":1,"value":2,"retention_until":null,"retention":null,"recorded_on":null,"notes":null,"extra":{"色":"赤"},"source":{"file":"in/d/a.csv","row":2},"invalid":{"integrity":"4"}}"#
        let diagnostic = Diagnostic(
            .error, .outOfRange(min: 1, max: 3), at: SourceLocation(file: "in/d/a.csv", row: 2, column: 4, columnName: "完全性"), value: "4",
            field: FieldKey(AssetField.integrity))
        try folder.write("d.assets.jsonl", text: asset + "\n")
        try folder.write("d.risks.jsonl", text: "")
        try folder.write("d.diagnostics.jsonl", text: DiagnosticLine.json(diagnostic, withJapanese: true) + "\n")
        var converted = DepartmentOutcome(name: "d", outputName: "d", status: .inputErrors)
        converted.assetExtraColumns = ["色"]
        var unreadable = DepartmentOutcome(name: "e", outputName: "e", status: .unreadable)
        unreadable.inputs = [
            BuildReport.Input(kind: .assets, path: "in/e/a.csv", sha256: "", byteCount: 0, encoding: .utf8, delimiter: 44, headerRow: 1, rowsRead: 0, blankRows: 0)
        ]
        let departments = [converted, unreadable].map { Consolidation.Department(outcome: $0, folder: folder.url.path) }
        let sink = CapturingSink()
        let report = try Consolidation(profile: .standard).run(
            count: 2, extraColumns: Consolidation.extraColumns(of: departments.map(\.outcome)), into: sink, ready: { departments[$0] })
        #expect(sink.assets.count == 1 && sink.risks.isEmpty)
        #expect(sink.assets[0].diagnostics == [diagnostic] && sink.assets[0].source.department == "d")
        #expect(sink.assets[0].extras == [ExtraCell(header: "色", text: "赤")])
        #expect(report.assetCount == 1 && report.errorCount == 1 && report.inputs.map(\.path) == ["in/e/a.csv"])
        #expect(sink.report?.departments.map(\.name) == ["d", "e"])
    }

    @Test func aDamagedLineStopsTheConsolidationNamingFileAndLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("d.diagnostics.jsonl", text: "")
        try folder.write("d.assets.jsonl", text: "\n{\"id\":1}\n")
        let department = Consolidation.Department(outcome: DepartmentOutcome(name: "d", outputName: "d", status: .ok), folder: folder.url.path)
        #expect {
            _ = try Consolidation(profile: .standard).run(count: 1, extraColumns: ([], []), into: CapturingSink(), ready: { _ in department })
        } throws: { error in
            "\(error)".hasSuffix("d.assets.jsonl:2: error: not a normalised record: id: expected a string or null, found a number")
        }
    }
}
