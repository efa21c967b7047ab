import Foundation

/// `report.json`, the machine-readable account of a batch: per department its inputs with
/// SHA-256, row counts, diagnostic counts, outputs, status and time taken, then the totals.
///
/// `merge` reads it back to find each department's normalised records, strictly: a report that
/// is not exactly what a batch writes (a member missing, of another kind, unknown, or totals
/// that do not add up) stops the merge with its line, never reads as zeros. Everything in it is the
/// same for the same inputs and `--date`, except the `seconds` fields.
public struct BatchReport: Sendable, Equatable {
    /// `ismsbook 0.1.0`.
    public var tool: String
    /// The batch's input folder as given.
    public var input: String
    /// The shard the run converted, if it was one.
    public var shard: Shard?
    /// The scoring profile's name.
    public var profile: String
    /// The departments, in name order.
    public var departments: [DepartmentOutcome]
    /// Files of the input folder that are not registers.
    public var ignored: [String]
    /// The consolidated workbook's name, when one was written.
    public var consolidated: String?
    /// Wall-clock seconds the batch took.
    public var seconds: Double

    /// Creates a report.
    public init(
        tool: String, input: String, shard: Shard?, profile: String, departments: [DepartmentOutcome], ignored: [String],
        consolidated: String?, seconds: Double
    ) {
        self.tool = tool
        self.input = input
        self.shard = shard
        self.profile = profile
        self.departments = departments
        self.ignored = ignored
        self.consolidated = consolidated
        self.seconds = seconds
    }

    /// The totals over the departments.
    public struct Totals: Equatable, Sendable {
        /// Departments in all, and per status.
        public var departments: Int, byStatus: [DepartmentOutcome.Status: Int]
        /// Rows read and diagnostics found, over every department.
        public var assets: Int, risks: Int, errors: Int, warnings: Int
        /// Residual risks above the threshold, acceptances pending and expired, treatments overdue.
        public var residualAboveThreshold: Int, acceptancePending: Int, acceptanceExpired: Int, treatmentsOverdue: Int
    }

    /// The totals over ``departments``.
    public var totals: Totals {
        var byStatus: [DepartmentOutcome.Status: Int] = [:]
        for status in DepartmentOutcome.Status.allCases { byStatus[status] = departments.filter { $0.status == status }.count }
        return Totals(
            departments: departments.count, byStatus: byStatus, assets: departments.map(\.assetCount).reduce(0, +),
            risks: departments.map(\.riskCount).reduce(0, +), errors: departments.map(\.errorCount).reduce(0, +),
            warnings: departments.map(\.warningCount).reduce(0, +),
            residualAboveThreshold: departments.map(\.residualAboveThreshold).reduce(0, +),
            acceptancePending: departments.map(\.acceptancePending).reduce(0, +),
            acceptanceExpired: departments.map(\.acceptanceExpired).reduce(0, +),
            treatmentsOverdue: departments.map(\.treatmentsOverdue).reduce(0, +))
    }
}

// MARK: - Writing

extension BatchReport {
    /// The document, one department per line.
    public func json() -> String {
        var root = JSONObject()
        root.add(Key.tool, tool)
        root.add(Key.input, input)
        root.add(Key.shard, shard.map { "\($0.index)/\($0.count)" })
        root.add(Key.profile, profile)
        root.add(Key.departments, json: "[\n" + departments.map(Self.json(department:)).joined(separator: ",\n") + "\n]")
        root.add(Key.ignored, ignored)
        root.add(Key.consolidated, consolidated)
        var object = JSONObject()
        let totals = self.totals
        object.add(Key.departments, totals.departments)
        for status in DepartmentOutcome.Status.allCases { object.add(status.rawValue, totals.byStatus[status] ?? 0) }
        object.add(Key.assets, totals.assets)
        object.add(Key.risks, totals.risks)
        object.add(Key.errors, totals.errors)
        object.add(Key.warnings, totals.warnings)
        object.add(Key.residualAboveThreshold, totals.residualAboveThreshold)
        object.add(Key.acceptancePending, totals.acceptancePending)
        object.add(Key.acceptanceExpired, totals.acceptanceExpired)
        object.add(Key.treatmentsOverdue, totals.treatmentsOverdue)
        object.add(Key.seconds, json: String(format: "%.3f", seconds))
        root.add(Key.totals, json: object.json)
        return root.json + "\n"
    }

    private static func json(department outcome: DepartmentOutcome) -> String {
        var object = JSONObject()
        object.add(Key.name, outcome.name)
        object.add(Key.outputName, outcome.outputName)
        object.add(Key.status, outcome.status.rawValue)
        object.add(Key.inputs, json: "[" + outcome.inputs.map(json(input:)).joined(separator: ",") + "]")
        object.add(Key.assets, outcome.assetCount)
        object.add(Key.risks, outcome.riskCount)
        object.add(Key.aboveThreshold, outcome.risksAboveThreshold)
        object.add(Key.errors, outcome.errorCount)
        object.add(Key.warnings, outcome.warningCount)
        object.add(Key.residualAboveThreshold, outcome.residualAboveThreshold)
        object.add(Key.acceptancePending, outcome.acceptancePending)
        object.add(Key.acceptanceExpired, outcome.acceptanceExpired)
        object.add(Key.treatmentsOverdue, outcome.treatmentsOverdue)
        object.add(Key.outputs, outcome.outputs)
        object.add(Key.assetExtraColumns, outcome.assetExtraColumns)
        object.add(Key.riskExtraColumns, outcome.riskExtraColumns)
        object.add(Key.message, outcome.message)
        object.add(Key.seconds, json: String(format: "%.3f", outcome.seconds))
        return object.json
    }

    private static func json(input: BuildReport.Input) -> String {
        var object = JSONObject()
        object.add(Key.register, input.kind.rawValue)
        object.add(Key.file, input.path)
        object.add(Key.sha256, input.sha256)
        object.add(Key.bytes, input.byteCount)
        object.add(Key.encoding, input.encoding.rawValue)
        object.add(Key.delimiter, input.delimiter == 0 ? "" : String(UnicodeScalar(input.delimiter)))
        object.add(Key.headerRow, input.headerRow)
        object.add(Key.rows, input.rowsRead)
        object.add(Key.blankRows, input.blankRows)
        object.add(Key.sheet, input.sheet)
        return object.json
    }

    /// The document's keys.
    enum Key {
        static let tool = "tool", input = "input", shard = "shard", profile = "profile", departments = "departments",
            ignored = "ignored", consolidated = "consolidated", totals = "totals", seconds = "seconds"
        static let name = "name", outputName = "output_name", status = "status", inputs = "inputs", assets = "assets",
            risks = "risks", aboveThreshold = "above_threshold", errors = "errors", warnings = "warnings", outputs = "outputs",
            assetExtraColumns = "asset_extra_columns", riskExtraColumns = "risk_extra_columns", message = "message"
        static let residualAboveThreshold = "residual_above_threshold", acceptancePending = "acceptance_pending",
            acceptanceExpired = "acceptance_expired", treatmentsOverdue = "treatments_overdue"
        static let register = "register", file = "file", sha256 = "sha256", bytes = "bytes", encoding = "encoding",
            delimiter = "delimiter", headerRow = "header_row", rows = "rows", blankRows = "blank_rows", sheet = "sheet"
    }
}

// MARK: - Reading

extension BatchReport {
    /// Reads a report back.
    ///
    /// - Throws: ``InputError`` naming `FILE:LINE` and the member that is wrong.
    public static func decode(_ data: Data, file: String) throws -> BatchReport {
        let root = try JSONDocumentReader(data: data, file: file).object()
        try root.finish(known: [
            Key.tool, Key.input, Key.shard, Key.profile, Key.departments, Key.ignored, Key.consolidated, Key.totals,
        ])
        let shardText = try root.value(Key.shard) { try $0.optionalString() }
        var shard: Shard?
        if let shardText {
            guard let parsed = Shard(shardText) else { throw root.error("not K/N: \"\(shardText)\"", key: Key.shard) }
            shard = parsed
        }
        let totals = try root.object(Key.totals)
        var report = BatchReport(
            tool: try root.value(Key.tool) { try $0.string() }, input: try root.value(Key.input) { try $0.string() }, shard: shard,
            profile: try root.value(Key.profile) { try $0.string() },
            departments: try root.objects(Key.departments).map(department(from:)),
            ignored: try root.value(Key.ignored) { try $0.strings() }, consolidated: try root.value(Key.consolidated) { try $0.optionalString() },
            seconds: try totals.value(Key.seconds) { try $0.double() })
        try check(totals, against: report.totals)
        report.seconds = try totals.value(Key.seconds) { try $0.double() }
        return report
    }

    /// The totals must be the sums of the departments: a report edited by hand or cut short does
    /// not pass as a smaller batch.
    private static func check(_ object: JSONDocumentReader.Object, against totals: Totals) throws {
        var expected: [(String, Int)] = [(Key.departments, totals.departments)]
        for status in DepartmentOutcome.Status.allCases { expected.append((status.rawValue, totals.byStatus[status] ?? 0)) }
        expected += [(Key.assets, totals.assets), (Key.risks, totals.risks), (Key.errors, totals.errors), (Key.warnings, totals.warnings),
                     (Key.residualAboveThreshold, totals.residualAboveThreshold), (Key.acceptancePending, totals.acceptancePending),
                     (Key.acceptanceExpired, totals.acceptanceExpired), (Key.treatmentsOverdue, totals.treatmentsOverdue)]
        try object.finish(known: expected.map(\.0) + [Key.seconds])
        for (key, value) in expected {
            let written = try object.value(key) { try $0.int() }
            guard written == value else { throw object.error("is \(written), but the departments add up to \(value)", key: key) }
        }
    }

    private static func department(from object: JSONDocumentReader.Object) throws -> DepartmentOutcome {
        try object.finish(known: [
            Key.name, Key.outputName, Key.status, Key.inputs, Key.assets, Key.risks, Key.aboveThreshold, Key.errors, Key.warnings,
            Key.residualAboveThreshold, Key.acceptancePending, Key.acceptanceExpired, Key.treatmentsOverdue, Key.outputs, Key.assetExtraColumns, Key.riskExtraColumns, Key.message, Key.seconds,
        ])
        let statusText = try object.value(Key.status) { try $0.string() }
        guard let status = DepartmentOutcome.Status(rawValue: statusText) else {
            throw object.error("not a department status: \"\(statusText)\"", key: Key.status)
        }
        let outputName = try object.value(Key.outputName) { try $0.string() }
        guard SafeName.fileName(outputName) == outputName else {
            throw object.error("not a safe file name: \"\(outputName)\"", key: Key.outputName)
        }
        var outcome = DepartmentOutcome(name: try object.value(Key.name) { try $0.string() }, outputName: outputName, status: status)
        outcome.inputs = try object.objects(Key.inputs).map(input(from:))
        outcome.assetCount = try object.value(Key.assets) { try $0.int() }
        outcome.riskCount = try object.value(Key.risks) { try $0.int() }
        outcome.risksAboveThreshold = try object.value(Key.aboveThreshold) { try $0.int() }
        outcome.errorCount = try object.value(Key.errors) { try $0.int() }
        outcome.warningCount = try object.value(Key.warnings) { try $0.int() }
        outcome.residualAboveThreshold = try object.value(Key.residualAboveThreshold) { try $0.int() }
        outcome.acceptancePending = try object.value(Key.acceptancePending) { try $0.int() }
        outcome.acceptanceExpired = try object.value(Key.acceptanceExpired) { try $0.int() }
        outcome.treatmentsOverdue = try object.value(Key.treatmentsOverdue) { try $0.int() }
        outcome.outputs = try object.value(Key.outputs) { try $0.strings() }
        outcome.assetExtraColumns = try object.value(Key.assetExtraColumns) { try $0.strings() }
        outcome.riskExtraColumns = try object.value(Key.riskExtraColumns) { try $0.strings() }
        outcome.message = try object.value(Key.message) { try $0.optionalString() }
        outcome.seconds = try object.value(Key.seconds) { try $0.double() }
        return outcome
    }

    private static func input(from object: JSONDocumentReader.Object) throws -> BuildReport.Input {
        try object.finish(known: [
            Key.register, Key.file, Key.sha256, Key.bytes, Key.encoding, Key.delimiter, Key.headerRow, Key.rows, Key.blankRows, Key.sheet,
        ])
        let registerText = try object.value(Key.register) { try $0.string() }
        guard let kind = RegisterKind(rawValue: registerText) else { throw object.error("not a register: \"\(registerText)\"", key: Key.register) }
        let encodingText = try object.value(Key.encoding) { try $0.string() }
        guard let encoding = TextEncoding(rawValue: encodingText) else {
            throw object.error("not an encoding: \"\(encodingText)\"", key: Key.encoding)
        }
        let delimiterText = try object.value(Key.delimiter) { try $0.string() }
        guard delimiterText.utf8.count <= 1 else { throw object.error("not one character: \"\(delimiterText)\"", key: Key.delimiter) }
        return BuildReport.Input(
            kind: kind, path: try object.value(Key.file) { try $0.string() }, sha256: try object.value(Key.sha256) { try $0.string() },
            byteCount: try object.value(Key.bytes) { try $0.int() }, encoding: encoding, delimiter: delimiterText.utf8.first ?? 0,
            headerRow: try object.value(Key.headerRow) { try $0.int() }, rowsRead: try object.value(Key.rows) { try $0.int() },
            blankRows: try object.value(Key.blankRows) { try $0.int() }, sheet: try object.value(Key.sheet) { try $0.optionalString() })
    }
}
