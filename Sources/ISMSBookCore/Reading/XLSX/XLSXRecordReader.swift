import Foundation
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads one sheet of an .xlsx workbook as register records, streaming its rows.
///
/// Cells become the text a person sees: shared and inline strings (rich-text runs joined,
/// phonetic guides dropped), the cached result of a formula (never the formula), numbers without
/// a trailing `.0`, booleans as TRUE/FALSE, and dates (numbers with a date format, in the 1900 or
/// the 1904 date system) as `YYYY-MM-DD`. The sheet's XML is unzipped to an unlinked temporary
/// file and scanned a megabyte at a time, so memory does not grow with the sheet.
public final class XLSXRecordReader: RecordReader {
    public let path: String
    public let sheet: String?
    public var encoding: TextEncoding { .utf8 }
    public var delimiter: UInt8 { 0 }
    public var isEncodingUncertain: Bool { false }
    public var hasMixedLineEnds: Bool { false }
    public let sha256: String
    public let byteCount: Int

    private var scanner: SheetXMLScanner
    private let descriptor: Int32
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>
    private let uses1904Dates: Bool
    private var nextRow = 1
    private var pending: RawRecord?

    /// Whether `path` holds a zip archive (what an .xlsx is).
    ///
    /// - Throws: ``InputError`` for an Excel 97–2003 or password-protected workbook (both are OLE
    ///   compound files), which cannot be read.
    static func isWorkbook(_ path: String) throws -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 8)).map { [UInt8]($0) } ?? []
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw InputError(
                file: path,
                message: "is a password-protected workbook or an Excel 97–2003 (.xls) file; save it as an unprotected .xlsx")
        }
        return head.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// Opens a sheet of the workbook at `path`.
    ///
    /// - Parameter sheet: the sheet's name; `nil` for the sheet named like the register, else the first.
    /// - Throws: ``InputError`` when the file is not a readable workbook or has no such sheet.
    public init(path: String, sheet requested: String?, kind: RegisterKind) throws {
        self.path = path
        let hash = try InputFile.digest(of: path)
        sha256 = hash.sha256
        byteCount = hash.byteCount
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw InputError(file: path, message: "is not a readable .xlsx workbook (the zip archive is damaged)")
        }
        if let mimetype = archive["mimetype"], let data = try? Self.extract(mimetype, from: archive),
            String(decoding: data, as: UTF8.self).contains("opendocument")
        {
            throw InputError(file: path, message: "is an OpenDocument spreadsheet (.ods), not .xlsx; save it as .xlsx")
        }
        guard let workbookEntry = archive["xl/workbook.xml"], let workbook = try? Self.extract(workbookEntry, from: archive) else {
            throw InputError(file: path, message: "is a zip archive but not an .xlsx workbook (no xl/workbook.xml)")
        }
        let relations = (archive["xl/_rels/workbook.xml.rels"]).flatMap { try? Self.extract($0, from: archive) }
            .map(RelationshipsParser.parse) ?? [:]
        let parsed = WorkbookParser.parse(workbook)
        uses1904Dates = parsed.uses1904
        let names = parsed.sheets.map(\.0)
        guard let chosen = requested ?? Self.defaultSheet(names, kind: kind) else {
            throw InputError(file: path, message: "has no worksheet")
        }
        guard let relation = parsed.sheets.first(where: { $0.0 == chosen })?.1, let target = relations[relation] else {
            throw InputError(file: path, message: "has no sheet named '\(chosen)' (sheets: \(names.joined(separator: ", ")))")
        }
        sheet = chosen
        let part = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        sharedStrings = (archive["xl/sharedStrings.xml"]).flatMap { try? Self.extract($0, from: archive) }
            .map(SharedStringsParser.parse) ?? []
        dateStyles = (archive["xl/styles.xml"]).flatMap { try? Self.extract($0, from: archive) }.map(StylesParser.dateStyles) ?? []
        guard let sheetEntry = archive[part] else {
            throw InputError(file: path, message: "is damaged: the sheet '\(chosen)' has no part \(part)")
        }
        let descriptor = try Self.unzipToUnlinkedFile(sheetEntry, from: archive, file: path)
        self.descriptor = descriptor
        scanner = SheetXMLScanner { try Self.readChunk(descriptor, file: path) }
    }

    deinit { close(descriptor) }

    /// The sheet named like the register, else the first sheet.
    static func defaultSheet(_ names: [String], kind: RegisterKind) -> String? {
        let prefixes: [String]
        switch kind {
        case .assets: prefixes = ["情報資産", "資産", "asset"]
        case .risks: prefixes = ["リスク", "risk"]
        case .soa: prefixes = ["適用宣言書", "soa", "statement"]
        case .suppliers: prefixes = ["委託先", "supplier"]
        case .laws: prefixes = ["法令", "law", "legal"]
        case .auditors: prefixes = ["内部監査員", "監査員", "auditor"]
        }
        let byName = names.first { name in
            let key = TextNormaliser.key(name)
            return prefixes.contains { key.hasPrefix(TextNormaliser.key($0)) }
        }
        return byName ?? names.first
    }

    public func next() throws -> RawRecord? {
        if let pending {
            if pending.row > nextRow {
                // Rows missing from the XML are empty rows, so row numbers stay the ones Excel shows.
                defer { nextRow += 1 }
                return RawRecord(row: nextRow, fields: [], diagnostics: [])
            }
            self.pending = nil
            nextRow = pending.row + 1
            return pending
        }
        guard let row = try scanner.nextRow() else { return nil }
        var fields: [String] = []
        var diagnostics: [Diagnostic] = []
        for cell in row.cells {
            if cell.column >= fields.count { fields.append(contentsOf: repeatElement("", count: cell.column - fields.count + 1)) }
            fields[cell.column] = text(of: cell)
            if cell.hasFormula && !cell.hasValue {
                let location = SourceLocation(file: path, row: row.number, column: cell.column + 1, sheet: sheet)
                diagnostics.append(Diagnostic(.warning, .formulaWithoutValue, at: location))
            }
        }
        pending = RawRecord(row: row.number, fields: fields, diagnostics: diagnostics)
        return try next()
    }

    /// What a person sees in the cell.
    private func text(of cell: SheetXMLScanner.RawCell) -> String {
        switch cell.type {
        case "s": return Int(cell.value).flatMap { $0 >= 0 && $0 < sharedStrings.count ? sharedStrings[$0] : nil } ?? ""
        case "inlineStr", "str", "e": return cell.value
        case "b": return cell.value == "1" || cell.value == "true" ? "TRUE" : "FALSE"
        case "d": return String(cell.value.prefix(10))
        default:
            guard let number = Double(cell.value) else { return cell.value }
            if dateStyles.contains(cell.style), let date = date(fromSerial: number) { return date.iso8601 }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        }
    }

    private func date(fromSerial serial: Double) -> CalendarDate? {
        // Double("nan") and "1e300" parse; Int() of them would trap.
        guard serial.isFinite, abs(serial) < 10_000_000 else { return nil }
        let day = Int(serial.rounded(.down))
        if uses1904Dates {
            // The 1904 system counts days from 1904-01-01 (serial 0), with no fictitious leap day.
            guard day >= 0, day < 2_957_003 else { return nil }
            return CalendarDate(daysSinceEpoch: day - 24_107)
        }
        return CalendarDate(excelSerial: day)
    }

    // MARK: - Archive plumbing

    private static func extract(_ entry: Entry, from archive: Archive) throws -> Data {
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        return data
    }

    /// Unzips a part into a temporary file that is unlinked at once: the descriptor stays readable
    /// and nothing is left behind whatever happens to the process.
    private static func unzipToUnlinkedFile(_ entry: Entry, from archive: Archive, file: String) throws -> Int32 {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("ismsbook-sheet-\(UUID().uuidString).xml")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary.path)
        else { throw InputError(file: file, message: "cannot unpack the sheet: the temporary folder is not writable") }
        do {
            _ = try archive.extract(entry, skipCRC32: false) { handle.write($0) }
            try handle.close()
        } catch {
            try? handle.close()
            unlink(temporary.path)
            throw InputError(file: file, message: "is damaged: the sheet cannot be unpacked (\(error))")
        }
        let descriptor = open(temporary.path, O_RDONLY | O_CLOEXEC)
        unlink(temporary.path)
        guard descriptor >= 0 else { throw InputError(file: file, message: "cannot read the unpacked sheet") }
        return descriptor
    }

    private static func readChunk(_ descriptor: Int32, file: String) throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        guard count >= 0 else { throw InputError(file: file, message: "read failed: \(String(cString: strerror(errno)))") }
        buffer.removeSubrange(count...)
        return buffer
    }
}
