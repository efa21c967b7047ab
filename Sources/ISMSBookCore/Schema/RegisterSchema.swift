/// A register's schema: its fields' descriptors, built once, and the layouts derived from them.
public struct RegisterSchema<Field: SchemaField>: Sendable {
    /// The register.
    public let kind: RegisterKind
    /// Every field, in declaration order.
    public let fields: [Field]
    /// The fields `normalize` writes, in order.
    public let normalizedFields: [Field]
    /// The fields of a batch's records (`DEPT.assets.jsonl`), which `merge` reads back: those of
    /// `normalize`, then the ones only `merge` needs.
    public let recordFields: [Field]
    /// The columns of the register sheet, in order (after the department column of a consolidated
    /// workbook, before the check, findings and source columns).
    public let sheetFields: [Field]
    /// The fields whose cell is kept as text, read for every row.
    let textReadings: [(field: Field, path: any WritableKeyPath<Field.Record, String?> & Sendable)]
    private let descriptors: [FieldDescriptor<Field>]
    private let byKey: [String: Field]

    /// Builds the schema from the fields' descriptors.
    ///
    /// - Parameter sheetFields: the register sheet's columns; every other layout follows the
    ///   declaration order.
    public init(kind: RegisterKind, sheetFields: [Field]) {
        self.kind = kind
        fields = Array(Field.allCases)
        descriptors = fields.map(\.descriptor)
        var byKey: [String: Field] = [:]
        for field in fields { byKey[field.rawValue] = field }
        self.byKey = byKey
        normalizedFields = zip(fields, descriptors).filter { $0.1.presence == .always }.map(\.0)
        recordFields = normalizedFields + zip(fields, descriptors).filter { $0.1.presence == .batchOnly }.map(\.0)
        self.sheetFields = sheetFields
        textReadings = zip(fields, descriptors).compactMap { field, descriptor in
            guard case .text(let path) = descriptor.reading else { return nil }
            return (field, path)
        }
    }

    /// A field's descriptor.
    public subscript(field: Field) -> FieldDescriptor<Field> { descriptors[field.ordinal] }

    /// The field with a JSON key.
    public func field(key: String) -> Field? { byKey[key] }

    /// The columns a department fills in for a profile's method, in declaration order.
    public func entryFields(for profile: ScoringProfile) -> [Field] {
        fields.filter { field in
            let descriptor = self[field]
            return descriptor.entry != nil && (descriptor.methods?.contains(profile.method) ?? true)
        }
    }
}
