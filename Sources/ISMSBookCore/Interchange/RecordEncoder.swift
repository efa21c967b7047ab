/// Writes the normalised records of a register with a schema: as JSON Lines (`normalize`, and
/// the `DEPT.assets.jsonl` / `DEPT.risks.jsonl` a batch keeps for `merge`) and as CSV
/// (`normalize --format csv`). The keys and their order come from the register's schema.
public enum RecordEncoder {
    /// Which of the schema's fields are written.
    public enum Fields: Sendable {
        /// What `normalize` writes (the documented keys).
        case normalized
        /// What a batch keeps: those, then what `merge` needs besides (a risk's asset value).
        case batch

        func list<Field: SchemaField>(_ schema: RegisterSchema<Field>) -> [Field] {
            self == .normalized ? schema.normalizedFields : schema.recordFields
        }
    }

    /// The reserved keys after the fields: the department's own columns, where the row came from,
    /// and the original text of the cells that could not be read.
    public static let extraKey = "extra", sourceKey = "source", invalidKey = "invalid"
    /// The keys of ``sourceKey``'s object.
    public static let sourceFileKey = "file", sourceRowKey = "row"

    /// One JSON Lines object: the fields, then `extra`, `source` and `invalid` (by key).
    public static func json<Record: RegisterRecord>(_ record: Record, fields: Fields = .normalized) -> String {
        let schema = Record.Field.schema
        var object = JSONObject()
        for field in fields.list(schema) {
            let key = field.rawValue
            switch schema[field].value(record) {
            case .text(let text): object.add(key, text)
            case .integer(let number): object.add(key, number)
            case .date(let date): object.add(key, date?.iso8601)
            case .flag(let flag): object.add(key, flag)
            case .list(let list): object.add(key, list)
            }
        }
        object.add(extraKey, json: JSONObject.pairs(record.extras.map { ($0.header, $0.text) }))
        var location = JSONObject()
        location.add(sourceFileKey, record.source.file)
        location.add(sourceRowKey, record.source.row)
        object.add(sourceKey, json: location.json)
        let invalid = record.invalidCells.map { ($0.key.rawValue, $0.value) }.sorted { $0.0 < $1.0 }
        object.add(invalidKey, json: JSONObject.pairs(invalid))
        return object.json
    }

    /// The CSV header: the fields, `source_file`, `source_row`, then the extra columns.
    public static func csvHeader<Field: SchemaField>(_ field: Field.Type, extraColumns: [String]) -> String {
        let keys = Field.schema.normalizedFields.map(\.rawValue) + ["\(sourceKey)_\(sourceFileKey)", "\(sourceKey)_\(sourceRowKey)"]
        return (keys + extraColumns).map(CSVCell.text).joined(separator: ",")
    }

    /// One CSV row: the fields, the source, then the extra cells laid out over `extraColumns`.
    public static func csv<Record: RegisterRecord>(_ record: Record, extraColumns: [String]) -> String {
        let schema = Record.Field.schema
        var cells = schema.normalizedFields.map { field -> String in
            switch schema[field].value(record) {
            case .text(let text): CSVCell.text(text)
            case .integer(let number): CSVCell.number(number)
            case .date(let date): CSVCell.text(date?.iso8601)
            case .flag(let flag): flag.map { $0 ? "true" : "false" } ?? ""
            case .list(let list): CSVCell.text(list.joined(separator: "; "))
            }
        }
        cells += [CSVCell.text(record.source.file), String(record.source.row)]
        var byHeader: [String: String] = [:]
        for cell in record.extras where byHeader[cell.header] == nil { byHeader[cell.header] = cell.text }
        cells += extraColumns.map { CSVCell.text(byHeader[$0]) }
        return cells.joined(separator: ",")
    }
}
