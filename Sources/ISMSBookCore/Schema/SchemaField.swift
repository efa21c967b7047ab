/// A field of a register that has a schema: its cases are the register's fields, declared in
/// the order `normalize` writes them, and each has a ``FieldDescriptor``.
///
/// The case is how code names a field (``Diagnostic/field``, row marks, the scorer's inputs); its
/// raw value, the JSON key, is spelled only in the schema.
public protocol SchemaField: RegisterField where Record.Field == Self {
    /// The record of a row of the register.
    associatedtype Record: RegisterRecord

    /// Everything about the field. Read it through ``schema``, which builds each descriptor once.
    var descriptor: FieldDescriptor<Self> { get }

    /// The register's schema.
    static var schema: RegisterSchema<Self> { get }
}

extension SchemaField {
    /// The headers accepted for the field, from its descriptor.
    public var aliases: [String] { Self.schema[self].headers }

    /// Whether the field is read from files: a computed field's key is not a header.
    public var isRead: Bool { Self.schema[self].isRead }
}

/// The record of one row of a register with a schema: what every register keeps besides its
/// fields (where the row came from, the department's own columns, the cells that could not be
/// read, the problems found).
public protocol RegisterRecord: Sendable {
    /// The register's fields.
    associatedtype Field: SchemaField where Field.Record == Self

    /// Where the row came from.
    var source: RowSource { get set }
    /// The department's own columns, in file order.
    var extras: [ExtraCell] { get set }
    /// The original text of each cell that could not be read.
    var invalidCells: [Field: String] { get set }
    /// The problems found in the row.
    var diagnostics: [Diagnostic] { get set }

    /// An empty record for a row.
    init(source: RowSource)
}
