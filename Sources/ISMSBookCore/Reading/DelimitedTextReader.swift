/// Reads a CSV or TSV register record by record: encoding and delimiter detection, RFC 4180
/// splitting, and decoding of each field, in flat memory.
public final class DelimitedTextReader {
    /// The path as the user gave it.
    public var path: String { file.path }
    /// The encoding the file is read in.
    public let encoding: TextEncoding
    /// Whether the encoding was guessed from weak evidence (BOM-less UTF-16).
    public let isEncodingUncertain: Bool
    /// The delimiter byte.
    public let delimiter: UInt8

    private let file: InputFile
    private var tokenizer: CSVTokenizer
    private var transcoder: UTF16Transcoder?
    private var pending: [CSVTokenizer.Record] = []
    private var pendingIndex = 0
    private var nextRow = 1

    /// Opens `path` and detects its encoding and delimiter from the first megabyte, unless given.
    ///
    /// - Throws: ``InputError`` when the file cannot be opened or read.
    public init(path: String, encoding forcedEncoding: TextEncoding? = nil, delimiter forcedDelimiter: UInt8? = nil) throws {
        file = try InputFile(path: path)
        var first = try file.readChunk()
        let detection = EncodingDetector.detect(first, isComplete: file.isAtEnd, forced: forcedEncoding)
        encoding = detection.encoding
        isEncodingUncertain = detection.isUncertain
        first.removeFirst(min(detection.bomLength, first.count))
        if encoding.isUTF16 {
            var transcoder = UTF16Transcoder(isBigEndian: encoding == .utf16BE)
            var utf8: [UInt8] = []
            utf8.reserveCapacity(first.count)
            transcoder.transcode(first, into: &utf8)
            if file.isAtEnd { transcoder.finish(into: &utf8) }
            first = utf8
            self.transcoder = transcoder
        }
        delimiter = forcedDelimiter ?? DelimiterSniffer.sniff(Array(first.prefix(64 * 1024)))
        tokenizer = CSVTokenizer(delimiter: delimiter)
        tokenizer.feed(first)
        if file.isAtEnd { tokenizer.finish() }
        pending = tokenizer.takeCompleted()
    }

    /// The SHA-256 of the file, hex; complete once ``next()`` has returned `nil`.
    public var sha256: String { file.sha256 }

    /// Whether records ended in more than one way (LF, CRLF, CR); known at the end of the file.
    public var hasMixedLineEnds: Bool {
        let ends = tokenizer.lineEnds
        return [ends.lf, ends.crlf, ends.cr].filter { $0 > 0 }.count > 1
    }

    /// The size of the file in bytes read so far.
    public var byteCount: Int { file.byteCount }

    /// Returns the next record, or `nil` at the end of the file.
    ///
    /// - Throws: ``InputError`` when reading fails midway.
    public func next() throws -> RawRecord? {
        while pendingIndex == pending.count {
            if file.isAtEnd { return nil }
            try refill()
        }
        let record = pending[pendingIndex]
        pendingIndex += 1
        defer { nextRow += 1 }
        return decode(record, row: nextRow)
    }

    private func refill() throws {
        var chunk = try file.readChunk()
        if var transcoder {
            var utf8: [UInt8] = []
            utf8.reserveCapacity(chunk.count)
            transcoder.transcode(chunk, into: &utf8)
            if file.isAtEnd { transcoder.finish(into: &utf8) }
            self.transcoder = transcoder
            chunk = utf8
        }
        tokenizer.feed(chunk)
        if file.isAtEnd { tokenizer.finish() }
        pending = tokenizer.takeCompleted()
        pendingIndex = 0
    }

    private func decode(_ record: CSVTokenizer.Record, row: Int) -> RawRecord {
        var fields: [String] = []
        fields.reserveCapacity(record.fieldCount)
        var diagnostics: [Diagnostic] = []
        for index in 0..<record.fieldCount {
            var (text, isValid) = FieldDecoder.decode(record.field(index), as: encoding)
            if text.utf8.contains(0) {
                // A NUL would end the cell early in every C library on the way to the workbook.
                text = String(text.unicodeScalars.filter { $0 != "\0" }.map(Character.init))
                let location = SourceLocation(file: path, row: row, column: index + 1)
                diagnostics.append(Diagnostic(.warning, .nulBytes, at: location, value: text))
            }
            fields.append(text)
            if !isValid {
                let location = SourceLocation(file: path, row: row, column: index + 1)
                diagnostics.append(Diagnostic(.error, .invalidBytes(encoding: encoding.displayName), at: location, value: text))
            }
        }
        for anomaly in record.anomalies {
            let location = SourceLocation(file: path, row: row, column: anomaly.field + 1)
            let value = anomaly.field < fields.count ? fields[anomaly.field] : nil
            switch anomaly.kind {
            case .strayQuote: diagnostics.append(Diagnostic(.warning, .strayQuote, at: location, value: value))
            case .textAfterClosingQuote:
                diagnostics.append(Diagnostic(.warning, .textAfterClosingQuote, at: location, value: value))
            case .unterminatedQuote:
                diagnostics.append(Diagnostic(.error, .unterminatedQuote, at: location, value: value))
            }
        }
        return RawRecord(row: row, fields: fields, diagnostics: diagnostics)
    }
}
