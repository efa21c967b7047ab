import ISMSBookCore

/// Diagnostics as JSON objects: `validate --format json` and a batch's `DEPT.diagnostics.jsonl`.
enum DiagnosticJSON {
    /// One diagnostic, with its message in English and, for merging, in Japanese.
    static func object(_ diagnostic: Diagnostic, withJapanese: Bool = false) -> String {
        var object = JSONObject()
        object.add("severity", diagnostic.severity.rawValue)
        object.add("file", diagnostic.location.file)
        object.add("row", diagnostic.location.row)
        object.add("column", diagnostic.location.column)
        object.add("header", diagnostic.location.columnName)
        object.add("field", diagnostic.field)
        object.add("code", diagnostic.code)
        object.add("message", diagnostic.message.text(in: .english))
        if withJapanese { object.add("message_ja", diagnostic.message.text(in: .japanese)) }
        object.add("value", diagnostic.value)
        return object.json
    }

    /// A diagnostic read back from ``object(_:withJapanese:)``.
    static func diagnostic(from object: [String: Any]) -> Diagnostic? {
        guard let severity = (object["severity"] as? String).flatMap(Diagnostic.Severity.init(rawValue:)),
            let file = object["file"] as? String, let code = object["code"] as? String,
            let english = object["message"] as? String
        else { return nil }
        let location = SourceLocation(
            file: file, row: object["row"] as? Int, column: object["column"] as? Int, columnName: object["header"] as? String)
        let message = DiagnosticMessage(code: code, japanese: object["message_ja"] as? String ?? english, english: english)
        return Diagnostic(severity, message, at: location, value: object["value"] as? String, field: object["field"] as? String)
    }
}
