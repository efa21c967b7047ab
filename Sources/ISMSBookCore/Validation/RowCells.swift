/// The cells of one data row, looked up by field, with the diagnostics found so far.
struct RowCells<Field: RegisterField> {
    let record: RawRecord
    let columns: ColumnMap<Field>
    let file: String
    let sheet: String?
    private(set) var diagnostics: [Diagnostic]

    init(record: RawRecord, columns: ColumnMap<Field>, file: String, sheet: String? = nil) {
        self.record = record
        self.columns = columns
        self.file = file
        self.sheet = sheet
        diagnostics = record.diagnostics
        checkWidth()
    }

    /// Whether the file has a column for `field`.
    func hasColumn(_ field: Field) -> Bool { columns.index(of: field) != nil }

    /// The cell as written, or `nil` when the column is absent or the cell is blank.
    func raw(_ field: Field) -> String? {
        guard let index = columns.index(of: field), index < record.fields.count else { return nil }
        let text = record.fields[index]
        return TextNormaliser.isBlank(text) ? nil : text
    }

    /// The cell after NFKC and trimming, or `nil` when blank.
    func text(_ field: Field) -> String? {
        TextNormaliser.nonEmpty(raw(field))
    }

    /// Where the cell is.
    func location(_ field: Field) -> SourceLocation {
        let index = columns.index(of: field)
        return SourceLocation(
            file: file, row: record.row, column: index.map { $0 + 1 }, columnName: index.map { columns.headers[$0] }, sheet: sheet)
    }

    /// Records a problem with a cell.
    mutating func report(_ severity: Diagnostic.Severity, _ message: DiagnosticMessage, _ field: Field, value: String? = nil) {
        diagnostics.append(Diagnostic(severity, message, at: location(field), value: value, field: FieldKey(field)))
    }

    /// Records a problem with the row as a whole.
    mutating func reportRow(_ severity: Diagnostic.Severity, _ message: DiagnosticMessage, value: String? = nil) {
        diagnostics.append(Diagnostic(severity, message, at: SourceLocation(file: file, row: record.row, sheet: sheet), value: value))
    }

    /// The department's own columns, exactly as written.
    var extras: [ExtraCell] {
        columns.extras.map { column in
            ExtraCell(header: column.name, text: column.index < record.fields.count ? record.fields[column.index] : "")
        }
    }

    /// Cells beyond the header are reported with their text, so nothing is lost; a short row is
    /// reported too, since it often means a broken quote.
    private mutating func checkWidth() {
        let width = columns.headers.count
        guard width > 0 else { return }
        if record.fields.count > width {
            let surplus = record.fields[width...].filter { !TextNormaliser.isBlank($0) }
            if !surplus.isEmpty {
                let location = SourceLocation(file: file, row: record.row, column: width + 1, sheet: sheet)
                diagnostics.append(
                    Diagnostic(.error, .surplusCells(count: surplus.count), at: location, value: surplus.joined(separator: " | ")))
            }
        } else if record.fields.count < width && record.fields.count > 1 && sheet == nil {
            // A workbook leaves empty cells out of a row; only a CSV row that is short is suspicious.
            diagnostics.append(
                Diagnostic(.warning, .missingCells(found: record.fields.count, expected: width),
                           at: SourceLocation(file: file, row: record.row, sheet: sheet)))
        }
    }
}

extension RowCells where Field: SchemaField {
    /// Stores every field the schema keeps as text (after NFKC and trimming) into `record`, and
    /// the department's own columns. Text produces no diagnostics, so the order does not matter;
    /// the normaliser reads the fields with rules itself.
    func readTexts(into record: inout Field.Record) {
        for (field, path) in Field.schema.textReadings { record[keyPath: path] = text(field) }
        record.extras = extras
    }
}
