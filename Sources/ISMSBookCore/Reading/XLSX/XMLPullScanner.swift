import Foundation

/// A small pull parser for the XML parts of an .xlsx package: tags with their attributes, and the
/// text between them, read from a source of byte chunks.
///
/// Foundation's `XMLParser` is not used: it pushes events until the document ends (a pull reader
/// over it needs a second thread), builds a `String` and a dictionary for every element, and on
/// this toolchain it crashed (a trap in `_NSXMLParserStartElementNs`) on malformed input found by
/// `Scripts/fuzz.sh` (seed kept in `Fuzz/corpus/FuzzXLSX/`). This scanner knows only what OOXML
/// parts need: elements, attributes, entities, CDATA, comments and processing instructions; it
/// ignores namespaces (local names only) and never validates.
struct XMLPullScanner {
    private var source: () throws -> [UInt8]
    private var buffer: [UInt8] = []
    private var position = 0
    private var isAtEnd = false
    /// Character data between tags, kept while `isCollecting`.
    var text: [UInt8] = []
    /// Whether character data is being kept in `text`.
    var isCollecting = false

    /// - Parameter source: returns the next bytes, or an empty array at the end.
    init(source: @escaping () throws -> [UInt8]) {
        self.source = source
    }

    /// Scans a whole part held in memory.
    init(data: Data) {
        var delivered = false
        self.init {
            defer { delivered = true }
            return delivered ? [] : [UInt8](data)
        }
    }


    struct Tag {
        enum Kind { case open, close, empty }
        var name: String
        var kind: Kind
        var attributes: [(String, String)]

        func attribute(_ name: String) -> String? {
            attributes.first { $0.0 == name }?.1
        }
    }

    private mutating func byte() throws -> UInt8? {
        if position == buffer.count {
            if isAtEnd { return nil }
            buffer = try source()
            position = 0
            if buffer.isEmpty {
                isAtEnd = true
                return nil
            }
        }
        defer { position += 1 }
        return buffer[position]
    }

    /// The next tag; the bytes before it go to `text` while collecting.
    mutating func nextTag() throws -> Tag? {
        while let byte = try byte() {
            if byte != UInt8(ascii: "<") {
                if isCollecting { text.append(byte) }
                continue
            }
            guard let first = try self.byte() else { return nil }
            switch first {
            case UInt8(ascii: "?"): try skip(until: [UInt8(ascii: "?"), UInt8(ascii: ">")])
            case UInt8(ascii: "!"): try skipDeclaration()
            case UInt8(ascii: "/"):
                let name = try readName(startingWith: nil)
                if name.terminator != UInt8(ascii: ">") { try skip(until: [UInt8(ascii: ">")]) }
                return Tag(name: name.local, kind: .close, attributes: [])
            default:
                return try readStartTag(startingWith: first)
            }
        }
        return nil
    }

    private mutating func readStartTag(startingWith first: UInt8) throws -> Tag {
        let name = try readName(startingWith: first)
        var attributes: [(String, String)] = []
        var pending = name.terminator
        while true {
            var byte = pending
            pending = nil
            if byte == nil { byte = try self.byte() }
            guard let current = byte else { return Tag(name: name.local, kind: .open, attributes: attributes) }
            switch current {
            case UInt8(ascii: ">"): return Tag(name: name.local, kind: .open, attributes: attributes)
            case UInt8(ascii: "/"):
                try skip(until: [UInt8(ascii: ">")])
                return Tag(name: name.local, kind: .empty, attributes: attributes)
            case 0x20, 0x09, 0x0A, 0x0D: continue
            default:
                let attribute = try readName(startingWith: current)
                var quote = attribute.terminator
                while quote != UInt8(ascii: "\"") && quote != UInt8(ascii: "'") {
                    guard let next = try self.byte() else { return Tag(name: name.local, kind: .open, attributes: attributes) }
                    quote = next
                }
                var value: [UInt8] = []
                while let next = try self.byte(), next != quote { value.append(next) }
                attributes.append((attribute.local, Self.decode(value)))
            }
        }
    }

    /// A name up to white space, `=`, `/` or `>`; returns its local part (after any prefix) and
    /// the byte that ended it.
    private mutating func readName(startingWith first: UInt8?) throws -> (local: String, terminator: UInt8?) {
        var name: [UInt8] = first.map { [$0] } ?? []
        while let byte = try byte() {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "="), UInt8(ascii: "/"), UInt8(ascii: ">"):
                return (Self.localName(name), byte)
            default: name.append(byte)
            }
        }
        return (Self.localName(name), nil)
    }

    private static func localName(_ bytes: [UInt8]) -> String {
        let local = bytes.lastIndex(of: UInt8(ascii: ":")).map { bytes[($0 + 1)...] } ?? bytes[...]
        return String(decoding: local, as: UTF8.self)
    }

    private mutating func skip(until terminator: [UInt8]) throws {
        var window: [UInt8] = []
        while let byte = try byte() {
            window.append(byte)
            if window.count > terminator.count { window.removeFirst() }
            if window == terminator { return }
        }
    }

    /// `<!-- … -->` is skipped; `<![CDATA[ … ]]>` is text.
    private mutating func skipDeclaration() throws {
        var head: [UInt8] = []
        while head.count < 7, let byte = try byte() {
            head.append(byte)
            if head == Array("--".utf8) {
                try skip(until: Array("-->".utf8))
                return
            }
            if head == Array("[CDATA[".utf8) {
                var content: [UInt8] = []
                while let byte = try self.byte() {
                    content.append(byte)
                    if content.count >= 3 && content.suffix(3) == [0x5D, 0x5D, 0x3E] {
                        content.removeLast(3)
                        break
                    }
                }
                // Entities are not decoded inside CDATA; mark them so decode() leaves them alone.
                if isCollecting { text.append(contentsOf: content.flatMap { $0 == UInt8(ascii: "&") ? Array("&amp;".utf8) : [$0] }) }
                return
            }
        }
        try skip(until: [UInt8(ascii: ">")])
    }

    /// The text collected so far, decoded; clears it.
    mutating func takeText() -> String {
        defer { text.removeAll(keepingCapacity: true) }
        return Self.decode(text)
    }


    /// Decodes XML entities and Excel's `_xHHHH_` escapes (how OOXML stores control characters).
    static func decode(_ bytes: [UInt8]) -> String {
        guard bytes.contains(UInt8(ascii: "&")) || bytes.contains(UInt8(ascii: "_")) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.contains("&") { text = decodeEntities(text) }
        if text.contains("_x") { text = decodeEscapes(text) }
        return text
    }

    private static func decodeEntities(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            guard let semicolon = rest[ampersand...].firstIndex(of: ";"),
                rest.distance(from: ampersand, to: semicolon) <= 10
            else {
                result += "&"
                rest = rest[rest.index(after: ampersand)...]
                continue
            }
            let entity = rest[rest.index(after: ampersand)..<semicolon]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number: UInt32? =
                    entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16)
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "&" + entity + ";"
                }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    /// `_x000D_` is a carriage return; `_x005F_x000D_` is the literal text `_x000D_`.
    static func decodeEscapes(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let hexEnd = rest.index(start.upperBound, offsetBy: 4, limitedBy: rest.endIndex)
            let digits = hexEnd.map { rest[start.upperBound..<$0] } ?? ""
            // UInt32(_:radix:) accepts a sign ("+041"), which is not an escape.
            if let hexEnd, hexEnd < rest.endIndex, rest[hexEnd] == "_", digits.allSatisfy(\.isHexDigit),
                let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value)
            {
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: hexEnd)...]
            } else {
                result += "_x"
                rest = rest[start.upperBound...]
            }
        }
        return result + rest
    }
}
