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
    let departments: [Located]
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
    /// - Throws: ``InputError`` when a department's records cannot be read.
    func write(to path: String) throws -> BuildReport {
        let located = departments.sorted { ($0.outcome.name, $0.folder) < ($1.outcome.name, $1.folder) }

        var settings = self.settings
        settings.showsDepartment = true
        let workbook = try AuditWorkbook(path: path, settings: settings, collector: nil)
        workbook.departments = located.map(\.outcome)
        var report = BuildReport(profile: profile)
        report.assetExtraColumns = union(located.map(\.outcome.assetExtraColumns))
        report.riskExtraColumns = union(located.map(\.outcome.riskExtraColumns))
        try workbook.begin(
            RegisterLayout(assetExtraColumns: report.assetExtraColumns, riskExtraColumns: report.riskExtraColumns, profile: profile))

        var diagnostics: [[RowKey: [Diagnostic]]] = []
        for department in located {
            report.inputs += department.outcome.inputs
            var byRow: [RowKey: [Diagnostic]] = [:]
            if department.hasRecords {
                try forEachLine(department.file(".diagnostics.jsonl")) { object in
                    guard let diagnostic = DiagnosticJSON.diagnostic(from: object) else { return }
                    report.diagnostics.append(diagnostic)
                    if diagnostic.severity == .error { report.errorCount += 1 } else { report.warningCount += 1 }
                    if let row = diagnostic.location.row { byRow[RowKey(file: diagnostic.location.file, row: row), default: []].append(diagnostic) }
                }
            }
            diagnostics.append(byRow)
        }
        for (department, byRow) in zip(located, diagnostics) where department.hasRecords {
            let decoder = decoder(for: department.outcome)
            try forEachLine(department.file(".assets.jsonl")) { object in
                var asset = decoder.asset(object)
                asset.diagnostics = byRow[RowKey(file: asset.source.file, row: asset.source.row)] ?? []
                report.count(asset)
                try workbook.write(asset)
            }
        }
        for (department, byRow) in zip(located, diagnostics) where department.hasRecords {
            let decoder = decoder(for: department.outcome)
            try forEachLine(department.file(".risks.jsonl")) { object in
                var risk = decoder.risk(object)
                risk.diagnostics = byRow[RowKey(file: risk.source.file, row: risk.source.row)] ?? []
                report.count(risk)
                try workbook.write(risk)
            }
        }
        try workbook.finish(report)
        return report
    }

    private struct RowKey: Hashable {
        var file: String
        var row: Int
    }

    private func decoder(for outcome: DepartmentOutcome) -> NormalizedRecordDecoder {
        NormalizedRecordDecoder(
            profile: profile, department: outcome.name, assetExtraColumns: outcome.assetExtraColumns,
            riskExtraColumns: outcome.riskExtraColumns)
    }

    /// Calls `body` with each JSON object of a JSON Lines file, reading it a megabyte at a time.
    private func forEachLine(_ path: String, _ body: ([String: Any]) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(file: path, message: "cannot read the department's normalised records")
        }
        defer { try? handle.close() }
        var pending = Data()
        func emit(_ line: Data) throws {
            guard !line.isEmpty else { return }
            guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else {
                throw InputError(file: path, message: "a line is not a JSON object")
            }
            try body(object)
        }
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(chunk)
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                try emit(pending[start..<newline])
                start = pending.index(after: newline)
            }
            pending = Data(pending[start...])
        }
        try emit(pending)
    }

    private func union(_ lists: [[String]]) -> [String] {
        var seen = Set<String>()
        return lists.joined().filter { seen.insert($0).inserted }
    }
}
