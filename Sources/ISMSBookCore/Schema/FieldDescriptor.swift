/// Everything about one field of a register, declared once in the register's schema
/// (``AssetField``, ``RiskField``): the headers it is read from, its heading on the register sheet,
/// its kind, how it is read, how it is kept in a record and in the interchange, how a sheet shows
/// it, and what the fill-in template says about it.
///
/// The header aliases, the `normalize` output, the records a batch keeps and `merge` reads back,
/// the register sheets' columns, the template and `normalize --format xlsx` are all derived from
/// these descriptors.
public struct FieldDescriptor<Field: SchemaField>: Sendable {
    /// The record the field belongs to.
    public typealias Record = Field.Record

    /// Where the field appears among a record's keys.
    public enum Presence: Sendable, Equatable {
        /// In `normalize` output and in a batch's records.
        case always
        /// Only in a batch's records, which `merge` needs complete (a risk's asset value).
        case batchOnly
        /// In neither: read from its own column and folded into another field.
        case never
    }

    /// Headers accepted in a register file besides the JSON key (Japanese and English); none for
    /// a computed field.
    public var headers: [String]
    /// The field's heading on the workbook's register sheets.
    public var title: LocalizedText
    /// What it holds.
    public var kind: FieldKind
    /// How its cell is read.
    public var reading: FieldReading<Record>
    /// Where it appears among a record's keys.
    public var presence: Presence
    /// The value as `normalize` writes it and a batch keeps it.
    public var value: @Sendable (Record) -> FieldValue
    /// Stores a value read back from a batch's records, for the scoring profile the batch used.
    ///
    /// - Throws: ``FieldValueError`` when the value is not one the field can hold.
    public var restore: @Sendable (inout Record, FieldValue, ScoringProfile) throws -> Void
    /// The value as a register sheet shows it, when that is not ``value`` (a label in the
    /// workbook's language, a list joined with commas).
    public var display: (@Sendable (Record, Language) -> FieldValue)?
    /// The value as it was entered, when that is not ``value`` (the risk score written in the
    /// register, not the computed one), for `normalize --format xlsx`.
    public var entered: (@Sendable (Record) -> FieldValue)?
    /// The fill-in template's column, for the fields a department fills in, on the profile's scales.
    public var entry: (@Sendable (ScoringProfile) -> EntryColumn)?
    /// The scoring methods whose registers have the column (the rating columns depend on the
    /// method); `nil` for every method.
    public var methods: Set<ScoringMethod>?

    /// Creates a descriptor; the factories below cover the usual kinds.
    public init(
        headers: [String], title: LocalizedText, kind: FieldKind, reading: FieldReading<Record>, presence: Presence = .always,
        value: @escaping @Sendable (Record) -> FieldValue,
        restore: @escaping @Sendable (inout Record, FieldValue, ScoringProfile) throws -> Void,
        display: (@Sendable (Record, Language) -> FieldValue)? = nil, entered: (@Sendable (Record) -> FieldValue)? = nil,
        entry: (@Sendable (ScoringProfile) -> EntryColumn)? = nil, methods: Set<ScoringMethod>? = nil
    ) {
        self.headers = headers
        self.title = title
        self.kind = kind
        self.reading = reading
        self.presence = presence
        self.value = value
        self.restore = restore
        self.display = display
        self.entered = entered
        self.entry = entry
        self.methods = methods
    }

    /// Whether the field is read from a column of a register file.
    public var isRead: Bool {
        if case .computed = reading { return false }
        return true
    }

    /// The value as a register sheet in `language` shows it.
    public func displayed(_ record: Record, in language: Language) -> FieldValue {
        display?(record, language) ?? value(record)
    }

    /// The value as it was entered.
    public func enteredValue(_ record: Record) -> FieldValue {
        entered?(record) ?? value(record)
    }
}

/// A value read back that a field cannot hold.
public struct FieldValueError: Error, CustomStringConvertible, Equatable {
    /// What is wrong, e.g. `not a treatment: "mitigate"`.
    public var problem: String

    /// Creates an error.
    public init(_ problem: String) {
        self.problem = problem
    }

    public var description: String { problem }
}
