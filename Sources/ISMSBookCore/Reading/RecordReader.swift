/// Reads a register file record by record, whatever its format: ``DelimitedTextReader`` for CSV
/// and TSV, ``XLSXRecordReader`` for a sheet of an .xlsx workbook.
public protocol RecordReader: AnyObject {
    /// The path of the file as the user gave it (without a `#sheet` suffix).
    var path: String { get }
    /// The sheet read, for workbooks.
    var sheet: String? { get }
    /// The encoding (CSV/TSV) or `utf8` (workbooks, whose XML is UTF-8).
    var encoding: TextEncoding { get }
    /// The delimiter (CSV/TSV), or 0 for workbooks.
    var delimiter: UInt8 { get }
    /// Whether the encoding was guessed from weak evidence.
    var isEncodingUncertain: Bool { get }
    /// The SHA-256 of the whole file, hex; complete once ``next()`` has returned `nil`.
    var sha256: String { get }
    /// The file's size in bytes, once read.
    var byteCount: Int { get }
    /// The next record, or `nil` at the end.
    func next() throws -> RawRecord?
}

extension DelimitedTextReader: RecordReader {
    public var sheet: String? { nil }
}

/// Opens a register file of either format: a workbook is recognised by its content (a zip
/// archive), not its name, so a renamed file is still read for what it is.
public enum RecordReaders {
    /// Opens `path`, which may end in `#SHEET` to name a workbook's sheet.
    ///
    /// - Parameters:
    ///   - sheet: the sheet to read when the path names none; otherwise the sheet named like the
    ///     register (資産…/asset…, リスク…/risk…), else the first.
    /// - Throws: ``InputError`` when the file cannot be opened or is not a register file.
    public static func open(
        _ path: String, kind: RegisterKind, encoding: TextEncoding?, delimiter: UInt8?, sheet: String? = nil
    ) throws -> any RecordReader {
        let (file, named) = split(path)
        if try XLSXRecordReader.isWorkbook(file) {
            return try XLSXRecordReader(path: file, sheet: named ?? sheet, kind: kind)
        }
        if named != nil { throw InputError(file: file, message: "is not an .xlsx workbook, so it has no sheet '\(named ?? "")'") }
        return try DelimitedTextReader(path: file, encoding: encoding, delimiter: delimiter)
    }

    /// `dept.xlsx#資産台帳` → (`dept.xlsx`, `資産台帳`), unless a file is named so in full.
    static func split(_ path: String) -> (file: String, sheet: String?) {
        guard let hash = path.lastIndex(of: "#"), !FileManagerLike.exists(path) else { return (path, nil) }
        let file = String(path[..<hash])
        let sheet = String(path[path.index(after: hash)...])
        guard FileManagerLike.exists(file), !sheet.isEmpty else { return (path, nil) }
        return (file, sheet)
    }
}
