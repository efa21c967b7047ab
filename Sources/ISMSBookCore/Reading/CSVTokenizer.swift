/// Splits bytes into CSV records and fields (RFC 4180), without decoding them.
///
/// It works on raw bytes so that each field is decoded once, by ``FieldDecoder``. That is safe for
/// UTF-8 and for Shift_JIS: the delimiter, quote, CR and LF bytes (all below 0x40) never occur
/// inside a Shift_JIS double-byte character, whose trail byte is 0x40 or above. UTF-16 input is
/// transcoded to UTF-8 before it gets here.
///
/// Beyond RFC 4180 it accepts what Excel and hand edits produce: LF, CRLF or CR line ends, a CRLF
/// inside a quoted field stored as LF (Excel's line break in a cell), and the two common slips (a
/// quote inside an unquoted field, text after a closing quote), which are kept as text and reported.
///
/// Why not a library: on the benchmark's 1,000,000-row, 178 MB asset register, yaslab/CSV.swift
/// 2.5.2 (`CSVReader` over an `InputStream`) took 6.9 s; ``DelimitedTextReader`` on this tokenizer
/// took 2.9 s with encoding detection, SHA-256 and every field decoded, checked and made a
/// `String` (medians of 3, 2 cores, 2026-11-27; rerun with `Benchmarks/csv-readers`). The library
/// also decodes only UTF-8, -16 and -32, so a Shift_JIS register would have to be transcoded as a
/// whole before it, and an invalid byte found there would have no row to be reported at.
struct CSVTokenizer {
    /// A record: the bytes of all its fields back to back, and where each field ends.
    struct Record {
        var bytes: [UInt8] = []
        var fieldEnds: [Int] = []
        var anomalies: [Anomaly] = []

        var fieldCount: Int { fieldEnds.count }

        func field(_ index: Int) -> ArraySlice<UInt8> {
            let start = index == 0 ? 0 : fieldEnds[index - 1]
            return bytes[start..<fieldEnds[index]]
        }
    }

    /// Something odd but recoverable in a record, with the 0-based field it was seen in.
    struct Anomaly: Equatable {
        enum Kind: Equatable { case strayQuote, textAfterClosingQuote, unterminatedQuote }
        var kind: Kind
        var field: Int
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    private static let quote = UInt8(ascii: "\"")
    private static let lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r")

    let delimiter: UInt8
    private var state = State.fieldStart
    private var current = Record()
    private var swallowLF = false
    private var swallowLFInQuotes = false
    private(set) var completed: [Record] = []
    /// How records ended so far: a mix means a file edited by hand or pasted together.
    private(set) var lineEnds = (lf: 0, crlf: 0, cr: 0)

    init(delimiter: UInt8) {
        self.delimiter = delimiter
    }

    /// Takes the records completed so far.
    mutating func takeCompleted() -> [Record] {
        defer { completed.removeAll(keepingCapacity: true) }
        return completed
    }

    /// Feeds the next bytes of the file.
    mutating func feed<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        for byte in bytes { consume(byte) }
    }

    /// Ends the input: completes the last record, reporting an unterminated quote.
    mutating func finish() {
        if swallowLF {
            swallowLF = false
            lineEnds.cr += 1
        }
        switch state {
        case .quoted:
            current.anomalies.append(Anomaly(kind: .unterminatedQuote, field: current.fieldCount))
            endRecord()
        case .fieldStart where current.fieldCount == 0:
            break  // the input ended with a line break, or was empty
        default:
            endRecord()
        }
    }

    @inline(__always)
    private mutating func consume(_ byte: UInt8) {
        if swallowLF {
            swallowLF = false
            if byte == Self.lf {
                lineEnds.crlf += 1
                return
            }
            lineEnds.cr += 1
        }
        switch state {
        case .fieldStart:
            if byte == Self.quote {
                state = .quoted
            } else if byte == delimiter {
                endField()
            } else if byte == Self.lf || byte == Self.cr {
                endLine(byte)
            } else {
                current.bytes.append(byte)
                state = .unquoted
            }
        case .unquoted:
            if byte == delimiter {
                endField()
            } else if byte == Self.lf || byte == Self.cr {
                endLine(byte)
            } else {
                if byte == Self.quote { noteAnomaly(.strayQuote) }
                current.bytes.append(byte)
            }
        case .quoted:
            if swallowLFInQuotes {
                swallowLFInQuotes = false
                if byte == Self.lf {
                    // CRLF inside a cell is Excel's line break, LF; a lone CR stays as written.
                    current.bytes[current.bytes.count - 1] = Self.lf
                    return
                }
            }
            if byte == Self.quote {
                state = .quoteInQuoted
            } else if byte == Self.cr {
                current.bytes.append(Self.cr)
                swallowLFInQuotes = true
            } else {
                current.bytes.append(byte)
            }
        case .quoteInQuoted:
            if byte == Self.quote {
                current.bytes.append(byte)
                state = .quoted
            } else if byte == delimiter {
                endField()
            } else if byte == Self.lf || byte == Self.cr {
                endLine(byte)
            } else {
                noteAnomaly(.textAfterClosingQuote)
                current.bytes.append(byte)
                state = .unquoted
            }
        }
    }

    /// Ends a record at a line break; whether a CR is a CRLF is known at the next byte.
    @inline(__always)
    private mutating func endLine(_ byte: UInt8) {
        endRecord()
        if byte == Self.cr { swallowLF = true } else { lineEnds.lf += 1 }
    }

    private mutating func noteAnomaly(_ kind: Anomaly.Kind) {
        let anomaly = Anomaly(kind: kind, field: current.fieldCount)
        if current.anomalies.last != anomaly { current.anomalies.append(anomaly) }
    }

    @inline(__always)
    private mutating func endField() {
        current.fieldEnds.append(current.bytes.count)
        state = .fieldStart
        swallowLFInQuotes = false
    }

    private mutating func endRecord() {
        endField()
        completed.append(current)
        current = Record()
        current.bytes.reserveCapacity(256)
    }
}
