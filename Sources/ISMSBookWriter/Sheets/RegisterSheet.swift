import ISMSBookCore

/// A register sheet of a register with a schema: the schema's sheet columns under their
/// headings, each cell as the schema displays it (or its original text, when it could not be
/// read) and marked by its diagnostics, then the check result, the findings, the source row and
/// the department's own columns.
///
/// 情報資産管理台帳 / Asset register and リスクアセスメント / Risk register are sheets of this kind;
/// a new column in a schema's ``RegisterSchema/sheetFields`` appears here with nothing else to do.
final class RegisterSheet<Field: SchemaField> {
    private let table: TableSheetWriter
    private let context: SheetContext
    private let extraColumns: [String]
    private let fields: [Field]
    private let descriptors: [FieldDescriptor<Field>]

    /// Adds the sheet and writes its header row.
    init(workbook: Workbook, name: LocalizedText, context: SheetContext, extraColumns: [String]) throws {
        self.context = context
        self.extraColumns = extraColumns
        fields = Field.schema.sheetFields
        descriptors = fields.map { Field.schema[$0] }
        let columns =
            context.departmentColumns + descriptors.map { TableColumn(field: $0, language: context.language) }
            + RowMarking.columns(context) + [TableColumn(context.text("出典", "Source"))]
            + extraColumns.map { TableColumn($0, .longText) }
        table = try TableSheetWriter(workbook: workbook, name: name.text(in: context.language), columns: columns, context: context)
    }

    /// The 0-based column of a field on the sheet, for decorations such as band colours.
    func column(of field: Field) -> Int? {
        fields.firstIndex(of: field).map { $0 + context.departmentColumns.count }
    }

    /// Writes one record.
    func write(_ record: Field.Record) throws {
        let marking = RowMarking(diagnostics: record.diagnostics, context: context)
        let marks = marking.marks
        var cells = context.departmentCells(record.source)
        for (field, descriptor) in zip(fields, descriptors) {
            let content = record.invalidCells[field].map { TableCell.text($0) }
                ?? TableCell(descriptor.displayed(record, in: context.language))
            cells.append(StyledCell(content, mark: marks[FieldKey(field)] ?? .none))
        }
        cells += [marking.statusCell, marking.messagesCell, StyledCell(.text(record.source.description))]
        cells += record.extras.aligned(to: extraColumns)
        try table.append(cells, source: SourceLocation(file: record.source.file, row: record.source.row))
    }

    /// The data rows written.
    var rowCount: Int { table.rowCount }

    /// The sheets written so far with their last data row, for conditional formats over a column.
    var lastRows: [(Worksheet, Int)] { table.lastRows }

    /// Widths, filter, frozen header, printing.
    func finish() throws { try table.finish() }
}
