import Foundation

/// Reads back the records a batch keeps next to each department's workbook
/// (``RecordEncoder/json(_:fields:)`` with ``RecordEncoder/Fields/batch``), so that `merge` can
/// consolidate departments from one run or from the shards of many without reading their
/// registers again.
///
/// Strict: every member the schema writes must be there once, with a value of its kind, and
/// nothing else may be; a record that is not exactly what a batch writes is an error naming the
/// member, never a record with a field quietly missing.
public struct RecordDecoder<Field: SchemaField> {
    /// The profile the batch scored with (levels and bands are read against it).
    public let profile: ScoringProfile
    /// The department the records belong to.
    public let department: String
    /// The department's own columns, in its order (from its `report.json` entry).
    public let extraColumns: [String]

    /// Creates a decoder.
    public init(profile: ScoringProfile, department: String, extraColumns: [String]) {
        self.profile = profile
        self.department = department
        self.extraColumns = extraColumns
    }

    /// Decodes one line.
    ///
    /// - Throws: ``RecordDecodingError`` naming the member that is wrong or missing, or
    ///   ``JSONLineParser/Failure`` when the line is not JSON.
    public func decode(_ line: Data) throws -> Field.Record {
        let schema = Field.schema
        var record = Field.Record(source: RowSource(file: "", row: 0, department: department))
        var seen = Set<String>()
        try JSONLineParser.forEachMember(of: line) { key, value in
            guard seen.insert(key).inserted else { throw RecordDecodingError(key: key, problem: "given twice") }
            try Self.member(key) {
                switch key {
                case RecordEncoder.extraKey: record.extras = try extras(value.stringPairs())
                case RecordEncoder.sourceKey: record.source = try source(value)
                case RecordEncoder.invalidKey:
                    for (name, text) in try value.stringPairs() {
                        guard let field = schema.field(key: name), schema[field].isRead else {
                            throw RecordDecodingError(key: name, problem: "not a column of the register")
                        }
                        record.invalidCells[field] = text
                    }
                default:
                    guard let field = schema.field(key: key), schema.recordFields.contains(field) else {
                        throw RecordDecodingError(key: key, problem: "not a member of a normalised \(schema.kind.rawValue) record")
                    }
                    let descriptor = schema[field]
                    do {
                        try descriptor.restore(&record, try Self.fieldValue(value, kind: descriptor.kind), profile)
                    } catch let error as FieldValueError {
                        throw RecordDecodingError(key: key, problem: error.problem)
                    }
                }
            }
        }
        let required = schema.recordFields.map(\.rawValue) + [RecordEncoder.extraKey, RecordEncoder.sourceKey, RecordEncoder.invalidKey]
        if let missing = required.first(where: { !seen.contains($0) }) {
            throw RecordDecodingError(key: missing, problem: "missing")
        }
        return record
    }

    /// The value of a member for a field of `kind`.
    static func fieldValue(_ value: JSONLineValue, kind: FieldKind) throws -> FieldValue {
        switch kind {
        case .text, .longText: return .text(try value.optionalString())
        case .integer: return .integer(try value.optionalInt())
        case .flag: return .flag(try value.optionalBool())
        case .list: return .list(try value.strings())
        case .date:
            guard let text = try value.optionalString() else { return .date(nil) }
            guard let date = CalendarDate(iso8601: text) else { throw FieldValueError("not a date YYYY-MM-DD: \"\(text)\"") }
            return .date(date)
        }
    }

    /// Runs one member's step, naming the member in its error.
    private static func member(_ key: String, _ step: () throws -> Void) throws {
        do {
            try step()
        } catch let error as JSONLineValue.Mismatch {
            throw RecordDecodingError(key: key, problem: error.description)
        }
    }

    /// `{"file": …, "row": …}`: where the record came from.
    private func source(_ value: JSONLineValue) throws -> RowSource {
        var file: String?
        var row: Int?
        for member in try value.members() {
            switch member.key {
            case RecordEncoder.sourceFileKey: file = try member.value.string()
            case RecordEncoder.sourceRowKey: row = try member.value.int()
            default: throw RecordDecodingError(key: "\(RecordEncoder.sourceKey).\(member.key)", problem: "not a member of a source")
            }
        }
        guard let file, let row else { throw RecordDecodingError(key: RecordEncoder.sourceKey, problem: "needs a file and a row") }
        return RowSource(file: file, row: row, department: department)
    }

    /// The extra cells in the department's column order, which the batch's report records.
    private func extras(_ pairs: [(String, String)]) throws -> [ExtraCell] {
        guard !pairs.isEmpty else { return [] }
        var values: [String: String] = [:]
        for (header, text) in pairs {
            guard extraColumns.contains(header) else {
                throw RecordDecodingError(key: "\(RecordEncoder.extraKey).\(header)", problem: "not a column of the department in report.json")
            }
            values[header] = text
        }
        return extraColumns.compactMap { column in values[column].map { ExtraCell(header: column, text: $0) } }
    }
}

/// A member of a normalised record that is not what the record needs.
public struct RecordDecodingError: Error, CustomStringConvertible, Equatable {
    /// The member's key.
    public var key: String
    /// What is wrong with it.
    public var problem: String

    /// Creates an error.
    public init(key: String, problem: String) {
        self.key = key
        self.problem = problem
    }

    public var description: String { "\(key): \(problem)" }
}
