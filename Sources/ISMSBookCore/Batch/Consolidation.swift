import Foundation

/// The consolidation rules of a batch: which departments are merged, in which order, with which
/// columns, and how each department's normalised records and diagnostics become the rows of
/// one set of registers, handed to a ``RegisterSink`` (the consolidated workbook).
///
/// A single batch run and the merge of its shards go through these same rules, so they give the
/// same workbook.
public struct Consolidation {
    /// The profile the batch scored with.
    public let profile: ScoringProfile
    /// The generation date, against which the consolidated treatments are overdue.
    public let date: CalendarDate?

    /// Creates a consolidation for a profile and a generation date.
    public init(profile: ScoringProfile, date: CalendarDate? = nil) {
        self.profile = profile
        self.date = date
    }

    /// A department with the folder its files are in.
    public struct Department: Sendable {
        /// What the batch reported about it.
        public var outcome: DepartmentOutcome
        /// The batch output folder it was written to.
        public var folder: String

        /// Creates a department.
        public init(outcome: DepartmentOutcome, folder: String) {
            self.outcome = outcome
            self.folder = folder
        }

        /// Whether it has records to merge: converted, with or without input errors. An
        /// unreadable department, one with no register and one whose output failed have none.
        public var hasRecords: Bool { outcome.status == .ok || outcome.status == .inputErrors }

        /// One of its files: `NAME.assets.jsonl` for `.assets.jsonl`.
        public func file(_ suffix: String) -> String {
            URL(fileURLWithPath: folder).appendingPathComponent(outcome.outputName + suffix).path
        }
    }

    /// The name of a batch folder's report.
    public static let reportName = "report.json"

    /// The departments of batch output folders, from their `report.json`.
    ///
    /// - Throws: ``InputError`` when a report cannot be read or is not exactly what a batch writes.
    public static func departments(inFolders folders: [String]) throws -> [Department] {
        var departments: [Department] = []
        for folder in folders {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(reportName).path
            guard let data = FileManager.default.contents(atPath: path) else {
                throw InputError(file: path, message: "cannot read the batch report (report.json written by ismsbook batch)")
            }
            departments += try BatchReport.decode(data, file: path).departments.map { Department(outcome: $0, folder: folder) }
        }
        return departments
    }

    /// The departments in consolidation order: by name, then by folder.
    public static func ordered(_ departments: [Department]) -> [Department] {
        departments.sorted { ($0.outcome.name, $0.folder) < ($1.outcome.name, $1.folder) }
    }

    /// The registers' extra columns: the union of the departments', in department order.
    public static func extraColumns(of outcomes: [DepartmentOutcome]) -> (assets: [String], risks: [String]) {
        (union(outcomes.map(\.assetExtraColumns)), union(outcomes.map(\.riskExtraColumns)))
    }

    /// The union of lists of names, in first-seen order.
    public static func union(_ lists: [[String]]) -> [String] { lists.orderedUnion() }

    /// Streams `count` departments into `sink`: each department's diagnostics, assets and risks,
    /// in that order, every record with the diagnostics of its row; then finishes the sink.
    ///
    /// - Parameters:
    ///   - extraColumns: the workbook's extra columns, known before its first row.
    ///   - ready: department `index`, in ``ordered(_:)`` order, once its files are complete; a
    ///     batch hands them over as its workers finish, so consolidating overlaps with converting.
    /// - Returns: the report, with what the sink raised while writing counted in.
    /// - Throws: ``InputError`` naming `FILE:LINE` when a department's records or diagnostics
    ///   cannot be read; whatever the sink throws.
    public func run(
        count: Int, extraColumns: (assets: [String], risks: [String]), into sink: any RegisterSink, ready: (Int) throws -> Department
    ) throws -> BuildReport {
        var report = BuildReport(profile: profile)
        report.date = date
        report.assetExtraColumns = extraColumns.assets
        report.riskExtraColumns = extraColumns.risks
        try sink.begin(RegisterLayout(assetExtraColumns: extraColumns.assets, riskExtraColumns: extraColumns.risks, profile: profile))
        for index in 0..<count {
            let department = try ready(index)
            report.departments.append(department.outcome)
            try add(department, to: &report, sink: sink)
        }
        let outcome = try sink.finish(report)
        report.add(outcome.diagnostics)
        report.packagingSeconds = outcome.packagingSeconds
        return report
    }

    /// The suffixes of a department's files in a batch folder.
    public static let assetsSuffix = ".assets.jsonl", risksSuffix = ".risks.jsonl", diagnosticsSuffix = ".diagnostics.jsonl"

    /// One department's diagnostics, assets and risks, in that order.
    private func add(_ department: Department, to report: inout BuildReport, sink: any RegisterSink) throws {
        report.inputs += department.outcome.inputs
        guard department.hasRecords else { return }
        var byRow: [RowKey: [Diagnostic]] = [:]
        let diagnostics = department.file(Self.diagnosticsSuffix)
        try JSONLinesFile.forEachLine(diagnostics) { line, number in
            let diagnostic = try Self.decode(diagnostics, line: number, what: "a diagnostic") { try DiagnosticLine.decode(line) }
            report.add([diagnostic])
            if let row = diagnostic.location.row { byRow[RowKey(file: diagnostic.location.file, row: row), default: []].append(diagnostic) }
        }
        try records(AssetField.self, of: department, suffix: Self.assetsSuffix, extraColumns: department.outcome.assetExtraColumns, byRow: byRow) {
            report.count($0)
            try sink.write($0)
        }
        try records(RiskField.self, of: department, suffix: Self.risksSuffix, extraColumns: department.outcome.riskExtraColumns, byRow: byRow) {
            report.count($0)
            try sink.write($0)
        }
    }

    /// Reads one of a department's records files, giving each record the diagnostics of its row.
    private func records<Field: SchemaField>(
        _ field: Field.Type, of department: Department, suffix: String, extraColumns: [String], byRow: [RowKey: [Diagnostic]],
        _ body: (Field.Record) throws -> Void
    ) throws {
        let decoder = RecordDecoder<Field>(profile: profile, department: department.outcome.name, extraColumns: extraColumns)
        let path = department.file(suffix)
        try JSONLinesFile.forEachLine(path) { line, number in
            var record = try Self.decode(path, line: number) { try decoder.decode(line) }
            record.diagnostics = byRow[RowKey(file: record.source.file, row: record.source.row)] ?? []
            try body(record)
        }
    }

    /// A row of an input file, to give each record the diagnostics of its row.
    private struct RowKey: Hashable {
        var file: String
        var row: Int
    }

    /// Runs a decoding step, turning a failure into an ``InputError`` naming the file and line
    /// (`FILE:LINE: error: not a normalised record: …`).
    private static func decode<Value>(_ path: String, line: Int, what: String = "a normalised record", _ step: () throws -> Value) throws -> Value {
        do {
            return try step()
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(file: "\(path):\(line)", message: "not \(what): \(error)")
        }
    }
}
