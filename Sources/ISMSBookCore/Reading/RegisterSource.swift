/// A register file opened for reading: its header found and mapped, its data rows streamed.
///
/// The header is the row, among the first ``headerSearchRows``, that names the most known columns,
/// so a title block above it (「情報資産管理台帳　経理部」) is passed over. Blank rows are skipped
/// and counted; every other row is handed on, however broken.
public final class RegisterSource<Field: RegisterField> {
    /// How many rows are searched for the header.
    public static var headerSearchRows: Int { 20 }

    /// The register kind, for messages.
    public let kind: RegisterKind
    /// The underlying reader (encoding, delimiter, SHA-256).
    public let reader: DelimitedTextReader
    /// The columns.
    public let columns: ColumnMap<Field>
    /// Problems with the file as a whole or with its header, found while opening it.
    public private(set) var openingDiagnostics: [Diagnostic] = []
    /// The number of data rows handed out so far.
    public private(set) var rowsRead = 0
    /// The number of blank rows skipped so far.
    public private(set) var blankRows = 0

    private var buffered: [RawRecord]
    private var bufferedIndex = 0

    /// Opens `path` and finds its header.
    ///
    /// - Throws: ``InputError`` when the file cannot be opened or read.
    public init(path: String, kind: RegisterKind, encoding: TextEncoding?, delimiter: UInt8?) throws {
        self.kind = kind
        reader = try DelimitedTextReader(path: path, encoding: encoding, delimiter: delimiter)
        var head: [RawRecord] = []
        while head.count < Self.headerSearchRows, let record = try reader.next() { head.append(record) }
        var diagnostics: [Diagnostic] = []
        if reader.isEncodingUncertain {
            diagnostics.append(
                Diagnostic(.warning, .guessedEncoding(encoding: reader.encoding.displayName), at: SourceLocation(file: path)))
        }
        var best: (index: Int, map: ColumnMap<Field>, diagnostics: [Diagnostic])?
        for (index, record) in head.enumerated() where !record.isBlank {
            var mapDiagnostics: [Diagnostic] = []
            let map = ColumnMap<Field>(headers: record.fields, headerRow: record.row, file: path, diagnostics: &mapDiagnostics)
            if map.recognisedCount > (best?.map.recognisedCount ?? 0) { best = (index, map, mapDiagnostics) }
        }
        let headerIndex: Int
        if let best {
            headerIndex = best.index
            columns = best.map
            diagnostics += best.diagnostics
        } else {
            // Nothing looks like a header: take the first non-blank row, keep every column as extra.
            headerIndex = head.firstIndex(where: { !$0.isBlank }) ?? head.count
            var ignored: [Diagnostic] = []
            let headers = headerIndex < head.count ? head[headerIndex].fields : []
            let row = headerIndex < head.count ? head[headerIndex].row : 1
            columns = ColumnMap(headers: headers, headerRow: row, file: path, diagnostics: &ignored)
            if !head.isEmpty {
                diagnostics.append(
                    Diagnostic(.error, .noHeader(searched: Self.headerSearchRows), at: SourceLocation(file: path, row: row)))
            }
        }
        for record in head.prefix(headerIndex) where record.fields.filter({ !$0.isEmpty }).count >= 2 {
            diagnostics.append(Diagnostic(.warning, .rowAboveHeader, at: SourceLocation(file: path, row: record.row),
                                          value: record.fields.filter { !$0.isEmpty }.joined(separator: " | ")))
        }
        if headerIndex < head.count { diagnostics += head[headerIndex].diagnostics }
        buffered = Array(head.dropFirst(min(headerIndex + 1, head.count)))
        openingDiagnostics = diagnostics
    }

    /// The path as the user gave it.
    public var path: String { reader.path }

    /// Returns the next non-blank data row, or `nil` at the end of the file.
    ///
    /// - Throws: ``InputError`` when reading fails midway.
    public func nextRow() throws -> RawRecord? {
        while true {
            let record: RawRecord
            if bufferedIndex < buffered.count {
                record = buffered[bufferedIndex]
                bufferedIndex += 1
                if bufferedIndex == buffered.count {
                    buffered = []
                    bufferedIndex = 0
                }
            } else if let next = try reader.next() {
                record = next
            } else {
                return nil
            }
            if record.isBlank && record.diagnostics.isEmpty {
                blankRows += 1
                continue
            }
            rowsRead += 1
            return record
        }
    }
}
