import Foundation

/// Parses one line of JSON Lines (RFC 8259 JSON text) into a ``JSONLineValue``; the one JSON
/// reader of the batch interchange: records and diagnostics line by line, `report.json` as one
/// document (``JSONDocumentReader``), all strict.
///
/// `merge` and a batch's consolidation read back every record a batch wrote as JSON Lines. With
/// Foundation's `JSONDecoder`, decoding was a quarter of `merge`'s CPU samples on 480,000 records
/// (perf, 2026-11-27); with this parser, which builds only the values a record needs, decoding
/// costs 44% of the samples it did, and the whole merge 20% less CPU time (user 16.5 s against
/// 21.2 s). It is strict: whatever is not JSON, including invalid UTF-8, a lone surrogate escape
/// or a control character inside a string, is an error, never a guess. Nesting is limited so that
/// a hostile line cannot exhaust the stack.
public struct JSONLineParser {
    /// Why a line is not JSON, and the byte offset where that was found.
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public var offset: Int
        public var reason: String
        public var description: String { "\(reason) at byte \(offset + 1)" }
    }

    /// Arrays and objects nested deeper than this are refused.
    public static let maximumDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The value of `line`, which must hold exactly one JSON value (white space around it allowed).
    public static func parse(_ line: Data) throws -> JSONLineValue {
        try line.withUnsafeBytes { raw in
            var parser = JSONLineParser(raw.bindMemory(to: UInt8.self))
            return try parser.document()
        }
    }

    /// Parses `line`, which must be a JSON object, and calls `body` with each member in order.
    ///
    /// Cheaper than ``parse(_:)`` for a record: no dictionary or member list is built for the
    /// outer object. Members are passed as they are parsed, so an error in a later member is
    /// thrown after `body` has seen the earlier ones.
    public static func forEachMember(of line: Data, _ body: (String, JSONLineValue) throws -> Void) throws {
        try line.withUnsafeBytes { raw in
            var parser = JSONLineParser(raw.bindMemory(to: UInt8.self))
            parser.skipWhitespace()
            guard parser.peek == UInt8(ascii: "{") else { throw parser.failure("expected an object") }
            try parser.objectMembers { key, value, _ in try body(key, value) }
            parser.skipWhitespace()
            guard parser.index == parser.bytes.count else { throw parser.failure("unexpected text after the object") }
        }
    }

    private mutating func document() throws -> JSONLineValue {
        skipWhitespace()
        let value = try self.value()
        skipWhitespace()
        guard index == bytes.count else { throw failure("unexpected text after the value") }
        return value
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func failure(_ reason: String) -> Failure { Failure(offset: index, reason: reason) }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    private mutating func value() throws -> JSONLineValue {
        guard let byte = peek else { throw failure("unexpected end of line") }
        switch byte {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "{"):
            var members: [JSONLineValue.Member] = []
            try objectMembers { members.append(JSONLineValue.Member(key: $0, value: $1, offset: $2)) }
            return .object(members)
        case UInt8(ascii: "["): return .array(try array())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw failure("unexpected character")
        }
    }

    private mutating func literal(_ word: StaticString, _ value: JSONLineValue) throws -> JSONLineValue {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count,
            UnsafeBufferPointer(rebasing: bytes[index..<index + count]).elementsEqual(
                UnsafeBufferPointer(start: word.utf8Start, count: count))
        else { throw failure("unexpected character") }
        index += count
        return value
    }

    private mutating func enter() throws {
        depth += 1
        guard depth <= Self.maximumDepth else { throw failure("nested deeper than \(Self.maximumDepth) levels") }
    }

    /// `{` … `}`, with `index` on the opening brace.
    /// Parses an object's members, calling `body` with each key, value and the byte offset of the key.
    private mutating func objectMembers(_ body: (String, JSONLineValue, Int) throws -> Void) throws {
        try enter()
        defer { depth -= 1 }
        index += 1
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw failure("expected a member name") }
            let start = index
            let key = try string()
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else { throw failure("expected ':'") }
            index += 1
            skipWhitespace()
            try body(key, try value(), start)
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return
            default: throw failure("expected ',' or '}'")
            }
        }
    }

    /// `[` … `]`, with `index` on the opening bracket.
    private mutating func array() throws -> [JSONLineValue] {
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONLineValue] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            skipWhitespace()
            elements.append(try value())
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return elements
            default: throw failure("expected ',' or ']'")
            }
        }
    }

    /// A string, with `index` on its opening quote.
    private mutating func string() throws -> String {
        index += 1
        let start = index
        // Most strings have no escape: they are checked and made a String straight from the line.
        while let byte = peek, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20 { index += 1 }
        if peek == UInt8(ascii: "\"") {
            defer { index += 1 }
            return try text(UnsafeBufferPointer(rebasing: bytes[start..<index]), at: start)
        }
        var unescaped = Array(bytes[start..<index])
        while let byte = peek {
            switch byte {
            case UInt8(ascii: "\""):
                defer { index += 1 }
                return try unescaped.withUnsafeBufferPointer { try text($0, at: start) }
            case UInt8(ascii: "\\"):
                index += 1
                try unescape(into: &unescaped)
            case ..<0x20:
                throw failure("control character in a string")
            default:
                unescaped.append(byte)
                index += 1
            }
        }
        throw failure("unterminated string")
    }

    private func text(_ utf8: UnsafeBufferPointer<UInt8>, at start: Int) throws -> String {
        // `String(validating:as:)` is generic and was most of this parser's time in a profile;
        // decoding repairs invalid bytes into U+FFFD, so a repair shows as bytes that differ.
        var text = String(decoding: utf8, as: UTF8.self)
        let isUnchanged =
            text.utf8.count == utf8.count
            && (utf8.isEmpty || text.withUTF8 { memcmp($0.baseAddress!, utf8.baseAddress!, utf8.count) == 0 })
        guard isUnchanged else { throw Failure(offset: start, reason: "string is not valid UTF-8") }
        return text
    }

    /// One escape, with `index` just past its backslash.
    private mutating func unescape(into output: inout [UInt8]) throws {
        guard let letter = peek else { throw failure("unterminated string") }
        index += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(letter)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad()
            if (0xD800...0xDBFF).contains(scalar) {
                guard peek == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                    throw failure("lone surrogate escape")
                }
                index += 2
                let low = try hexQuad()
                guard (0xDC00...0xDFFF).contains(low) else { throw failure("lone surrogate escape") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw failure("lone surrogate escape")
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw failure("invalid escape") }
            output.append(contentsOf: String(unicode).utf8)
        default:
            index -= 1
            throw failure("invalid escape")
        }
    }

    private mutating func hexQuad() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek else { throw failure("unterminated string") }
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("invalid \\u escape")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// A number (RFC 8259 grammar): whole numbers that fit an `Int` stay exact.
    private mutating func number() throws -> JSONLineValue {
        let start = index
        var isWhole = true
        if peek == UInt8(ascii: "-") { index += 1 }
        switch peek ?? 0 {
        case UInt8(ascii: "0"): index += 1
        case UInt8(ascii: "1")...UInt8(ascii: "9"): skipDigits()
        default: throw failure("expected a digit")
        }
        if peek == UInt8(ascii: ".") {
            isWhole = false
            index += 1
            guard try requireDigits() else { throw failure("expected a digit") }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            isWhole = false
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard try requireDigits() else { throw failure("expected a digit") }
        }
        let literal = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if isWhole, let whole = Int(literal) { return .int(whole) }
        guard let double = Double(literal), double.isFinite else {
            throw Failure(offset: start, reason: "number out of range")
        }
        return .double(double)
    }

    private mutating func skipDigits() {
        while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
    }

    private mutating func requireDigits() throws -> Bool {
        let start = index
        skipDigits()
        return index > start
    }
}
