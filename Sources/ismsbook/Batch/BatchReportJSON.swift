import Foundation
import ISMSBookCore

/// `report.json`, the machine-readable account of a batch: per department its inputs with
/// SHA-256, row counts, diagnostic counts, outputs, status and time taken, then the totals.
///
/// `merge` reads it back to find each department's normalised records. Everything in it is the
/// same for the same inputs and `--date`, except the `seconds` fields.
enum BatchReportJSON {
    struct Batch {
        var tool: String
        var input: String
        var shard: Shard?
        var profile: String
        var departments: [DepartmentOutcome]
        var ignored: [String]
        var consolidated: String?
        var seconds: Double
    }

    static func document(_ batch: Batch) -> String {
        var root = JSONObject()
        root.add("tool", batch.tool)
        root.add("input", batch.input)
        root.add("shard", batch.shard.map { "\($0.index)/\($0.count)" })
        root.add("profile", batch.profile)
        root.add("departments", json: "[\n" + batch.departments.map(department).joined(separator: ",\n") + "\n]")
        root.add("ignored", batch.ignored)
        root.add("consolidated", batch.consolidated)
        var totals = JSONObject()
        let departments = batch.departments
        totals.add("departments", departments.count)
        for status in [DepartmentOutcome.Status.ok, .inputErrors, .unreadable, .noRegisters, .outputFailed] {
            totals.add(status.rawValue, departments.filter { $0.status == status }.count)
        }
        totals.add("assets", departments.map(\.assetCount).reduce(0, +))
        totals.add("risks", departments.map(\.riskCount).reduce(0, +))
        totals.add("errors", departments.map(\.errorCount).reduce(0, +))
        totals.add("warnings", departments.map(\.warningCount).reduce(0, +))
        totals.add("seconds", json: String(format: "%.3f", batch.seconds))
        root.add("totals", json: totals.json)
        return root.json + "\n"
    }

    private static func department(_ outcome: DepartmentOutcome) -> String {
        var object = JSONObject()
        object.add("name", outcome.name)
        object.add("output_name", outcome.outputName)
        object.add("status", outcome.status.rawValue)
        object.add("inputs", json: "[" + outcome.inputs.map(input).joined(separator: ",") + "]")
        object.add("assets", outcome.assetCount)
        object.add("risks", outcome.riskCount)
        object.add("above_threshold", outcome.risksAboveThreshold)
        object.add("errors", outcome.errorCount)
        object.add("warnings", outcome.warningCount)
        object.add("outputs", outcome.outputs)
        object.add("asset_extra_columns", outcome.assetExtraColumns)
        object.add("risk_extra_columns", outcome.riskExtraColumns)
        object.add("message", outcome.message)
        object.add("seconds", json: String(format: "%.3f", outcome.seconds))
        return object.json
    }

    private static func input(_ input: BuildReport.Input) -> String {
        var object = JSONObject()
        object.add("register", input.kind.rawValue)
        object.add("file", input.path)
        object.add("sha256", input.sha256)
        object.add("bytes", input.byteCount)
        object.add("encoding", input.encoding.rawValue)
        object.add("delimiter", input.delimiter == 0 ? "" : String(UnicodeScalar(input.delimiter)))
        object.add("header_row", input.headerRow)
        object.add("rows", input.rowsRead)
        object.add("blank_rows", input.blankRows)
        object.add("sheet", input.sheet)
        return object.json
    }

    /// The departments of a `report.json`, for `merge`.
    static func departments(fromReportAt path: String) throws -> [DepartmentOutcome] {
        guard let data = FileManager.default.contents(atPath: path),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let list = root["departments"] as? [[String: Any]]
        else { throw InputError(file: path, message: "not a batch report (report.json written by ismsbook batch)") }
        return list.compactMap { object in
            guard let name = object["name"] as? String, let outputName = object["output_name"] as? String,
                let status = (object["status"] as? String).flatMap(DepartmentOutcome.Status.init(rawValue:))
            else { return nil }
            var outcome = DepartmentOutcome(name: name, outputName: outputName, status: status)
            outcome.inputs = (object["inputs"] as? [[String: Any]] ?? []).compactMap(input(from:))
            outcome.assetCount = object["assets"] as? Int ?? 0
            outcome.riskCount = object["risks"] as? Int ?? 0
            outcome.risksAboveThreshold = object["above_threshold"] as? Int ?? 0
            outcome.errorCount = object["errors"] as? Int ?? 0
            outcome.warningCount = object["warnings"] as? Int ?? 0
            outcome.outputs = object["outputs"] as? [String] ?? []
            outcome.assetExtraColumns = object["asset_extra_columns"] as? [String] ?? []
            outcome.riskExtraColumns = object["risk_extra_columns"] as? [String] ?? []
            outcome.message = object["message"] as? String
            return outcome
        }
    }

    private static func input(from object: [String: Any]) -> BuildReport.Input? {
        guard let kind = (object["register"] as? String).flatMap(RegisterKind.init(rawValue:)),
            let file = object["file"] as? String, let sha = object["sha256"] as? String,
            let encoding = (object["encoding"] as? String).flatMap(TextEncoding.init(rawValue:))
        else { return nil }
        let delimiter = (object["delimiter"] as? String).map { $0.utf8.first ?? 0 } ?? UInt8(ascii: ",")
        return BuildReport.Input(
            kind: kind, path: file, sha256: sha, byteCount: object["bytes"] as? Int ?? 0, encoding: encoding,
            delimiter: delimiter, headerRow: object["header_row"] as? Int ?? 1, rowsRead: object["rows"] as? Int ?? 0,
            blankRows: object["blank_rows"] as? Int ?? 0, sheet: object["sheet"] as? String)
    }
}
