import Foundation

/// Reads a worksheet part (`xl/worksheets/sheetN.xml`) row by row, pulling bytes as it needs them.
///
/// Foundation's `XMLParser` pushes events until the document ends, so a pull reader over it needs
/// a second thread; and it builds a `String` and a dictionary for every element and attribute. This
/// scanner only understands what a sheet's `<sheetData>` holds (`row`, `c`, `v`, `f`, `is`, `t`, `r`,
/// `rPh`), decodes entities and Excel's `_xHHHH_` escapes, and keeps one row in memory, so a sheet
/// of any size streams in flat memory.
struct SheetXMLScanner {
    /// A cell as written in the XML, before shared strings and styles are applied.
    struct RawCell {
        /// 0-based column.
        var column: Int
        /// The `t` attribute: `s`, `inlineStr`, `str`, `b`, `e`, `n` (default) or `d`.
        var type: String
        /// The `s` attribute (style index).
        var style: Int
        /// The `<v>` text, or the inline string's text.
        var value: String
        /// Whether the cell holds a formula.
        var hasFormula: Bool
        /// Whether the cell has a value (`<v>` or an inline string); a formula saved by a program
        /// that does not calculate has none.
        var hasValue = false
    }

    /// A row: its 1-based number and its cells.
    struct RawRow {
        var number: Int
        var cells: [RawCell]
        var isHidden: Bool
    }

    private var source: () throws -> [UInt8]
    private var buffer: [UInt8] = []
    private var position = 0
    private var isAtEnd = false
    /// Character data between tags, kept while `isCollecting` (inside `<v>` and `<t>`).
    private var text: [UInt8] = []
    private var isCollecting = false

    /// - Parameter source: returns the next bytes of the part, or an empty array at its end.
    init(source: @escaping () throws -> [UInt8]) {
        self.source = source
    }

    // MARK: - Rows

    /// The next row, or `nil` at the end of the sheet data.
    mutating func nextRow() throws -> RawRow? {
        var row: RawRow?
        var cell: RawCell?
        var phoneticDepth = 0
        var lastRow = 0
        var lastColumn = -1
        while let tag = try nextTag() {
            switch (tag.name, tag.kind) {
            case ("row", Tag.Kind.open), ("row", Tag.Kind.empty):
                let number = tag.attribute("r").flatMap { Int($0) } ?? lastRow + 1
                lastRow = number
                lastColumn = -1
                row = RawRow(number: number, cells: [], isHidden: tag.attribute("hidden") == "1" || tag.attribute("hidden") == "true")
                if tag.kind == .empty, let finished = row { return finished }
            case ("row", .close):
                if let finished = row { return finished }
            case ("c", Tag.Kind.open), ("c", Tag.Kind.empty):
                let column = tag.attribute("r").flatMap(Self.column(of:)) ?? lastColumn + 1
                lastColumn = column
                cell = RawCell(
                    column: column, type: tag.attribute("t") ?? "n", style: tag.attribute("s").flatMap { Int($0) } ?? 0,
                    value: "", hasFormula: false)
                if tag.kind == .empty, let finished = cell {
                    row?.cells.append(finished)
                    cell = nil
                }
            case ("c", .close):
                if let finished = cell { row?.cells.append(finished) }
                cell = nil
            case ("f", Tag.Kind.open), ("f", Tag.Kind.empty):
                cell?.hasFormula = true
            case ("v", .open):
                text.removeAll(keepingCapacity: true)
                isCollecting = true
            case ("v", .close):
                cell?.value = Self.decode(text)
                cell?.hasValue = true
                isCollecting = false
            case ("rPh", .open):
                phoneticDepth += 1
            case ("rPh", .close):
                phoneticDepth -= 1
            case ("t", .open) where phoneticDepth == 0:
                text.removeAll(keepingCapacity: true)
                isCollecting = true
            case ("t", .close) where isCollecting:
                cell?.value += Self.decode(text)
                cell?.hasValue = true
                isCollecting = false
            case ("sheetData", .close):
                return nil
            default:
                continue
            }
        }
        return row
    }

    /// `C12` → 2 (the column, 0-based).
    static func column(of reference: String) -> Int? {
        var column = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): column = column * 26 + Int(byte) - 64
            case UInt8(ascii: "a")...UInt8(ascii: "z"): column = column * 26 + Int(byte) - 96
            default: return column > 0 ? column - 1 : nil
            }
        }
        return column > 0 ? column - 1 : nil
    }

    // MARK: - Tags

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
    private mutating func nextTag() throws -> Tag? {
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

    // MARK: - Text

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
    private static func decodeEscapes(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let hexEnd = rest.index(start.upperBound, offsetBy: 4, limitedBy: rest.endIndex)
            if let hexEnd, hexEnd < rest.endIndex, rest[hexEnd] == "_",
                let value = UInt32(rest[start.upperBound..<hexEnd], radix: 16), let scalar = Unicode.Scalar(value)
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
