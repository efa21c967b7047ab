/// A register file of the binder (SoA, suppliers, laws, auditors), opened with the same reader,
/// header detection and checks as the asset and risk registers.
///
/// The files are opened when the pipeline starts, so an unreadable one stops the run before any
/// work is done, and their extra columns are known when the workbook lays out its sheets; their
/// rows are read after the risk register, when the asset index and the risks' controls are known.
final class BinderFile<Field: RegisterField> {
    let source: RegisterSource<Field>

    /// Opens `path` and finds its header.
    ///
    /// - Throws: ``InputError`` when the file cannot be opened or read.
    init(path: String, kind: RegisterKind, options: RegisterPipeline.Options) throws {
        // `--sheet` names the department registers' sheet; a binder workbook's sheet is the one on
        // its path (`soa.xlsx#適用宣言書`) or the one named like its register.
        source = try RegisterSource<Field>(path: path, kind: kind, encoding: options.encoding, delimiter: options.delimiter)
    }

    /// The path as the user gave it (without a `#sheet` suffix).
    var path: String { source.path }

    /// The sheet read, for a workbook.
    var sheet: String? { source.sheet }

    /// The columns.
    var columns: ColumnMap<Field> { source.columns }

    /// The department's own columns, in file order.
    var extraColumns: [String] { source.columns.extras.map(\.name) }

    /// Reports the file's opening problems and missing columns, hands each data row to `body`, and
    /// returns the file's line for the Summary sheet.
    func read(required: [Field], collector: DiagnosticCollector, _ body: (RawRecord) throws -> Void) throws -> BuildReport.Input {
        collector.report(source.openingDiagnostics)
        // A file without a recognisable header has been reported already.
        if source.columns.recognisedCount > 0 {
            for field in required where source.columns.columns[field] == nil {
                let location = SourceLocation(file: path, row: source.columns.headerRow, sheet: sheet)
                collector.report(Diagnostic(.error, .missingColumn(key: field.rawValue, names: field.expectedNames), at: location))
            }
        }
        while let row = try source.nextRow() { try body(row) }
        if source.rowsRead == 0 && source.columns.recognisedCount > 0 {
            collector.report(Diagnostic(.warning, .noDataRows, at: SourceLocation(file: path, sheet: sheet)))
        }
        return BuildReport.Input(
            kind: source.kind, path: path, sha256: source.reader.sha256, byteCount: source.reader.byteCount,
            encoding: source.reader.encoding, delimiter: source.reader.delimiter, headerRow: source.columns.headerRow,
            rowsRead: source.rowsRead, blankRows: source.blankRows, sheet: sheet)
    }
}

extension RowCells {
    /// Reads a date cell: the date, or `nil` with an error (or a warning for a date read under an
    /// assumption) recorded against the cell.
    mutating func date(_ field: Field, invalid: inout [Field: String]) -> CalendarDate? {
        guard let raw = raw(field) else { return nil }
        switch DateParser.parse(raw) {
        case .date(let date, let warning):
            if let warning { report(.warning, warning, field, value: raw) }
            return date
        case .invalid(let message):
            report(.error, message, field, value: raw)
            invalid[field] = raw
            return nil
        }
    }

    /// Reads a yes/no cell: the answer, or `nil` with an error when the cell is neither.
    mutating func yesNo(_ field: Field, invalid: inout [Field: String]) -> Bool? {
        guard let raw = raw(field) else { return nil }
        guard let answer = YesNo.parse(raw) else {
            report(.error, .notAYesNo, field, value: raw)
            invalid[field] = raw
            return nil
        }
        return answer
    }
}

/// Splits a cell listing several names or ids (`A-001、A-002`, `経理部; 人事部`), in order, without
/// duplicates.
enum ListCell {
    /// The items of `text`; ids are also separated by spaces, names (`営業 第一部`) are not.
    static func split(_ text: String, atSpaces: Bool) -> [String] {
        var items: [String] = []
        var separators: Set<Character> = [",", "、", ";", "|", "/", "\n", "\r\n", "\r"]
        if atSpaces { separators.formUnion([" ", "\t"]) }
        for part in TextNormaliser.normalise(text).split(whereSeparator: { separators.contains($0) }) {
            let item = TextNormaliser.normalise(String(part))
            if !item.isEmpty && !items.contains(item) { items.append(item) }
        }
        return items
    }
}
