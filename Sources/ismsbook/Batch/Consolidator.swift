import Foundation
import ISMSBookCore
import ISMSBookXLSX

/// Builds the consolidated workbook of one or more batch output folders from the departments'
/// normalised records, with a department column on every register and a table per department
/// on the Summary sheet.
///
/// A single batch run and the merge of its shards go through this same code, so they give the
/// same workbook.
struct Consolidator {
    let profile: ScoringProfile
    let settings: AuditWorkbook.Settings

    /// A department with the folder its files are in.
    struct Located {
        var outcome: DepartmentOutcome
        var folder: String

        var hasRecords: Bool { outcome.status == .ok || outcome.status == .inputErrors }

        func file(_ suffix: String) -> String {
            URL(fileURLWithPath: folder).appendingPathComponent(outcome.outputName + suffix).path
        }
    }

    /// The departments of batch output folders, from their `report.json`.
    ///
    /// - Throws: ``InputError`` when a report cannot be read.
    static func departments(inFolders folders: [String]) throws -> [Located] {
        var located: [Located] = []
        for folder in folders {
            let report = URL(fileURLWithPath: folder).appendingPathComponent("report.json").path
            located += try BatchReportJSON.departments(fromReportAt: report).map { Located(outcome: $0, folder: folder) }
        }
        return located
    }

    /// Writes the consolidated workbook to `path` (a temporary name the caller renames).
    ///
    /// - Parameters:
    ///   - extraColumns: the union of the departments' extra columns, in department order; the
    ///     workbook's columns must be known before its first row.
    ///   - usesWriterThread: write the workbook on a thread of its own while lines are decoded.
    ///   - count: the number of departments.
    ///   - ready: returns department `index` (in ``ordered(_:)`` order) once its files are complete;
    ///     a batch hands them over as its workers finish, so consolidating overlaps with converting.
    /// - Throws: ``InputError`` when a department's records cannot be read.
    func write(
        to path: String, count: Int, extraColumns: (assets: [String], risks: [String]), usesWriterThread: Bool,
        ready: (Int) -> Located
    ) throws -> BuildReport {
        var settings = self.settings
        settings.showsDepartment = true
        let sink: any RegisterSink =
            usesWriterThread
            ? BackgroundSink(wrapping: try AuditWorkbook(path: path, settings: settings))
            : try AuditWorkbook(path: path, settings: settings)
        var report = BuildReport(profile: profile)
        report.assetExtraColumns = extraColumns.assets
        report.riskExtraColumns = extraColumns.risks
        do {
            try sink.begin(RegisterLayout(assetExtraColumns: extraColumns.assets, riskExtraColumns: extraColumns.risks, profile: profile))
            var outcomes: [DepartmentOutcome] = []
            for index in 0..<count {
                let department = ready(index)
                outcomes.append(department.outcome)
                try add(department, to: &report, sink: sink)
            }
            report.departments = outcomes
            // What the workbook raised while writing (a cut cell) is on its 検証結果 sheet; it
            // counts in the merge's totals and exit status too.
            let outcome = try sink.finish(report)
            report.add(outcome.diagnostics)
        } catch {
            (sink as? BackgroundSink)?.abandon()
            throw error
        }
        return report
    }

    /// The departments in consolidation order: by name, then by folder.
    static func ordered(_ departments: [Located]) -> [Located] {
        departments.sorted { ($0.outcome.name, $0.folder) < ($1.outcome.name, $1.folder) }
    }

    /// One department's diagnostics, assets and risks, in that order.
    private func add(_ department: Located, to report: inout BuildReport, sink: any RegisterSink) throws {
        report.inputs += department.outcome.inputs
        guard department.hasRecords else { return }
        var byRow: [RowKey: [Diagnostic]] = [:]
        let diagnosticsPath = department.file(".diagnostics.jsonl")
        try JSONLinesFile.forEachLine(diagnosticsPath) { line, number in
            let diagnostic = try decode(diagnosticsPath, line: number, what: "a diagnostic") { try DiagnosticLine.decode(line) }
            report.add([diagnostic])
            if let row = diagnostic.location.row { byRow[RowKey(file: diagnostic.location.file, row: row), default: []].append(diagnostic) }
        }
        let assetDecoder = RecordDecoder<AssetField>(
            profile: profile, department: department.outcome.name, extraColumns: department.outcome.assetExtraColumns)
        let riskDecoder = RecordDecoder<RiskField>(
            profile: profile, department: department.outcome.name, extraColumns: department.outcome.riskExtraColumns)
        let assets = department.file(".assets.jsonl")
        try JSONLinesFile.forEachLine(assets) { line, number in
            var asset = try decode(assets, line: number) { try assetDecoder.decode(line) }
            asset.diagnostics = byRow[RowKey(file: asset.source.file, row: asset.source.row)] ?? []
            report.count(asset)
            try sink.write(asset)
        }
        let risks = department.file(".risks.jsonl")
        try JSONLinesFile.forEachLine(risks) { line, number in
            var risk = try decode(risks, line: number) { try riskDecoder.decode(line) }
            risk.diagnostics = byRow[RowKey(file: risk.source.file, row: risk.source.row)] ?? []
            report.count(risk)
            try sink.write(risk)
        }
    }

    private struct RowKey: Hashable {
        var file: String
        var row: Int
    }

    /// Runs a decoding step, turning a decoding failure into an ``InputError`` naming the file and
    /// line (`FILE:LINE: error: …`).
    private func decode<Record>(_ path: String, line: Int, what: String = "a normalised record", _ step: () throws -> Record) throws -> Record {
        do {
            return try step()
        } catch {
            throw InputError(file: "\(path):\(line)", message: "not \(what): \(error)")
        }
    }

    /// The union of the departments' extra columns, for ``write(to:count:extraColumns:usesWriterThread:ready:)``.
    static func extraColumns(of departments: [Located]) -> (assets: [String], risks: [String]) {
        (union(departments.map(\.outcome.assetExtraColumns)), union(departments.map(\.outcome.riskExtraColumns)))
    }

    static func union(_ lists: [[String]]) -> [String] {
        var seen = Set<String>()
        return lists.joined().filter { seen.insert($0).inserted }
    }
}
