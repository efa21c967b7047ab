import Foundation

/// Diagnostics as JSON objects: `validate --format json`, and the `DEPT.diagnostics.jsonl` a
/// batch keeps so that `merge` can list them again.
public enum DiagnosticLine {
    /// The keys, in the order they are written.
    public static let severityKey = "severity", fileKey = "file", rowKey = "row", columnKey = "column", headerKey = "header",
        fieldKey = "field", codeKey = "code", messageKey = "message", japaneseMessageKey = "message_ja", valueKey = "value"

    /// One diagnostic, with its message in English and, for a batch's copy, in Japanese.
    public static func json(_ diagnostic: Diagnostic, withJapanese: Bool = false) -> String {
        var object = JSONObject()
        object.add(severityKey, diagnostic.severity.rawValue)
        object.add(fileKey, diagnostic.location.file)
        object.add(rowKey, diagnostic.location.row)
        object.add(columnKey, diagnostic.location.column)
        object.add(headerKey, diagnostic.location.columnName)
        object.add(fieldKey, diagnostic.field?.rawValue)
        object.add(codeKey, diagnostic.code)
        object.add(messageKey, diagnostic.message.text(in: .english))
        if withJapanese { object.add(japaneseMessageKey, diagnostic.message.text(in: .japanese)) }
        object.add(valueKey, diagnostic.value)
        return object.json
    }

    /// A diagnostic read back from a batch's copy (``json(_:withJapanese:)`` with both messages).
    ///
    /// Strict, like the records: every key must be there once with a value of its kind, and no
    /// other key may be.
    ///
    /// - Throws: ``RecordDecodingError`` naming the member, or ``JSONLineParser/Failure``.
    public static func decode(_ line: Data) throws -> Diagnostic {
        var values: [String: JSONLineValue] = [:]
        let keys = [severityKey, fileKey, rowKey, columnKey, headerKey, fieldKey, codeKey, messageKey, japaneseMessageKey, valueKey]
        try JSONLineParser.forEachMember(of: line) { key, value in
            guard keys.contains(key) else { throw RecordDecodingError(key: key, problem: "not a member of a diagnostic") }
            guard values.updateValue(value, forKey: key) == nil else { throw RecordDecodingError(key: key, problem: "given twice") }
        }
        func member<Value>(_ key: String, _ read: (JSONLineValue) throws -> Value) throws -> Value {
            guard let value = values[key] else { throw RecordDecodingError(key: key, problem: "missing") }
            do { return try read(value) } catch let error as JSONLineValue.Mismatch {
                throw RecordDecodingError(key: key, problem: error.description)
            }
        }
        let severityText = try member(severityKey) { try $0.string() }
        guard let severity = Diagnostic.Severity(rawValue: severityText) else {
            throw RecordDecodingError(key: severityKey, problem: "not error or warning: \"\(severityText)\"")
        }
        let location = SourceLocation(
            file: try member(fileKey) { try $0.string() }, row: try member(rowKey) { try $0.optionalInt() },
            column: try member(columnKey) { try $0.optionalInt() }, columnName: try member(headerKey) { try $0.optionalString() })
        let message = DiagnosticMessage(
            code: try member(codeKey) { try $0.string() }, japanese: try member(japaneseMessageKey) { try $0.string() },
            english: try member(messageKey) { try $0.string() })
        return Diagnostic(
            severity, message, at: location, value: try member(valueKey) { try $0.optionalString() },
            field: try member(fieldKey) { try $0.optionalString() }.map(FieldKey.init(recorded:)))
    }
}
