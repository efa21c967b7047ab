import ISMSBookCore

/// The `validate --format json` document.
enum ValidationJSON {
    static func document(for report: BuildReport) -> String {
        var root = JSONObject()
        root.add("errors", report.errorCount)
        root.add("warnings", report.warningCount)
        root.add("assets", report.assetCount)
        root.add("risks", report.riskCount)
        let inputs = report.inputs.map { input -> String in
            var object = JSONObject()
            object.add("register", input.kind.rawValue)
            object.add("file", input.path)
            object.add("sha256", input.sha256)
            object.add("encoding", input.encoding.rawValue)
            object.add("rows", input.rowsRead)
            return object.json
        }
        root.add("inputs", json: "[" + inputs.joined(separator: ",") + "]")
        let diagnostics = report.diagnostics.map { DiagnosticLine.json($0) }
        root.add("diagnostics", json: "[" + diagnostics.joined(separator: ",") + "]")
        return root.json
    }
}
