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
    /// The underlying reader (CSV/TSV or a workbook's sheet; encoding, delimiter, SHA-256).
    public let reader: any RecordReader
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
    public init(path: String, kind: RegisterKind, encoding: TextEncoding?, delimiter: UInt8?, sheet: String? = nil) throws {
        self.kind = kind
        reader = try RecordReaders.open(path, kind: kind, encoding: encoding, delimiter: delimiter, sheet: sheet)
        let path = reader.path
        let sheet = reader.sheet
        var head: [RawRecord] = []
        while head.count < Self.headerSearchRows, let record = try reader.next() { head.append(record) }
        var diagnostics: [Diagnostic] = []
        if reader.isEncodingUncertain {
            diagnostics.append(
                Diagnostic(.warning, .guessedEncoding(encoding: reader.encoding.displayName), at: SourceLocation(file: path, sheet: sheet)))
        }
        var best: (index: Int, map: ColumnMap<Field>, diagnostics: [Diagnostic])?
        for (index, record) in head.enumerated() where !record.isBlank {
            var mapDiagnostics: [Diagnostic] = []
            let map = ColumnMap<Field>(
                headers: record.fields, headerRow: record.row, file: path, sheet: sheet, diagnostics: &mapDiagnostics)
            if map.recognisedCount > (best?.map.recognisedCount ?? 0) { best = (index, map, mapDiagnostics) }
        }
        var headerIndex: Int
        var chosen: ColumnMap<Field>
        if let best {
            headerIndex = best.index
            chosen = best.map
            diagnostics += best.diagnostics
            // A header of two rows: group titles above (often merged, such as 評価値 over
            // 機密性・完全性・可用性), column names below where the first row names nothing.
            if headerIndex + 1 < head.count {
                let below = head[headerIndex + 1].fields
                let combined = best.map.headers.enumerated().map { index, header -> String in
                    guard index < below.count, ColumnMap<Field>.field(for: header) == nil,
                        ColumnMap<Field>.field(for: below[index]) != nil
                    else { return header }
                    return below[index]
                } + (below.count > best.map.headers.count ? Array(below[best.map.headers.count...]) : [])
                var combinedDiagnostics: [Diagnostic] = []
                let map = ColumnMap<Field>(
                    headers: combined, headerRow: head[headerIndex + 1].row, file: path, sheet: sheet,
                    diagnostics: &combinedDiagnostics)
                if map.recognisedCount >= best.map.recognisedCount + 2 {
                    chosen = map
                    diagnostics = diagnostics.filter { !best.diagnostics.contains($0) } + combinedDiagnostics
                    headerIndex += 1
                }
            }
        } else {
            // Nothing looks like a header: take the first non-blank row, keep every column as extra.
            headerIndex = head.firstIndex(where: { !$0.isBlank }) ?? head.count
            var ignored: [Diagnostic] = []
            let headers = headerIndex < head.count ? head[headerIndex].fields : []
            let row = headerIndex < head.count ? head[headerIndex].row : 1
            chosen = ColumnMap(headers: headers, headerRow: row, file: path, sheet: sheet, diagnostics: &ignored)
            if !head.isEmpty {
                diagnostics.append(
                    Diagnostic(.error, .noHeader(searched: Self.headerSearchRows), at: SourceLocation(file: path, row: row, sheet: sheet)))
            }
        }
        columns = chosen
        let firstHeaderIndex = best?.index ?? headerIndex
        for record in head.prefix(firstHeaderIndex) where record.fields.filter({ !$0.isEmpty }).count >= 2 {
            diagnostics.append(Diagnostic(.warning, .rowAboveHeader, at: SourceLocation(file: path, row: record.row, sheet: sheet),
                                          value: record.fields.filter { !$0.isEmpty }.joined(separator: " | ")))
        }
        if headerIndex < head.count { diagnostics += head[headerIndex].diagnostics }
        buffered = Array(head.dropFirst(min(headerIndex + 1, head.count)))
        openingDiagnostics = diagnostics
    }

    /// The path as the user gave it (without a `#sheet` suffix).
    public var path: String { reader.path }

    /// The sheet read, for a workbook.
    public var sheet: String? { reader.sheet }

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
