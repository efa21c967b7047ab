import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A SAX delegate that keeps the element path and accumulates text until the element ends (text
/// arrives in pieces, and a reader that does not accumulate it loses characters).
class XMLCollector: NSObject, XMLParserDelegate {
    var text = ""

    static func run(_ data: Data, with delegate: XMLCollector) {
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = false
        _ = parser.parse()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    // The witnesses of XMLParserDelegate are bound here, so subclasses override these (on Linux
    // a subclass's own implementation of a protocol requirement would never be called).
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {}

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {}

    static func localName(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }
}

/// `xl/workbook.xml`: sheet names and relationship ids, and the date system.
final class WorkbookParser: XMLCollector {
    private(set) var sheets: [(String, String)] = []
    private(set) var uses1904 = false

    static func parse(_ data: Data) -> (sheets: [(String, String)], uses1904: Bool) {
        let parser = WorkbookParser()
        run(data, with: parser)
        return (parser.sheets, parser.uses1904)
    }

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch Self.localName(name) {
        case "sheet":
            if let sheetName = attributes["name"], let id = attributes["r:id"] ?? attributes.first(where: { $0.key.hasSuffix(":id") })?.value {
                sheets.append((sheetName, id))
            }
        case "workbookPr":
            uses1904 = attributes["date1904"] == "1" || attributes["date1904"] == "true"
        default: break
        }
    }
}

/// `xl/_rels/workbook.xml.rels`: relationship id → part.
final class RelationshipsParser: XMLCollector {
    private(set) var targets: [String: String] = [:]

    static func parse(_ data: Data) -> [String: String] {
        let parser = RelationshipsParser()
        run(data, with: parser)
        return parser.targets
    }

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if Self.localName(name) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] {
            targets[id] = target
        }
    }
}

/// `xl/sharedStrings.xml`: each `<si>`, rich-text runs concatenated, phonetic runs (`<rPh>`) left out.
final class SharedStringsParser: XMLCollector {
    private(set) var strings: [String] = []
    private var current = ""
    private var phoneticDepth = 0

    static func parse(_ data: Data) -> [String] {
        let parser = SharedStringsParser()
        run(data, with: parser)
        return parser.strings
    }

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch Self.localName(name) {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": text = ""
        default: break
        }
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch Self.localName(name) {
        case "t": if phoneticDepth == 0 { current += SheetXMLScanner.decodeEscapes(text) }
        case "rPh": phoneticDepth -= 1
        case "si": strings.append(current)
        default: break
        }
    }
}

/// `xl/styles.xml`: which cell styles (`cellXfs` indexes) show dates.
final class StylesParser: XMLCollector {
    private var customFormats: [Int: String] = [:]
    private var styleFormats: [Int] = []
    private var inCellXfs = false

    /// Built-in number formats 14–22 and 45–47 are dates and times (ECMA-376 Part 1, §18.8.30).
    static let builtInDateFormats: Set<Int> = Set(14...22).union(45...47)

    static func dateStyles(_ data: Data) -> Set<Int> {
        let parser = StylesParser()
        run(data, with: parser)
        var result = Set<Int>()
        for (index, format) in parser.styleFormats.enumerated() {
            if builtInDateFormats.contains(format) || parser.customFormats[format].map(isDateFormat) == true {
                result.insert(index)
            }
        }
        return result
    }

    /// A format shows a date if, outside quoted text and brackets, it has a d, m or y code
    /// (`yyyy/mm/dd`, `[$-ja-JP]ge.m.d`; `0.00E+00` and `General` are not dates).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false
        var inBrackets = false
        for character in code.lowercased() {
            switch character {
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "d", "m", "y": if !inQuotes && !inBrackets { return true }
            default: continue
            }
        }
        return false
    }

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch Self.localName(name) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { customFormats[id] = code }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs: styleFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if Self.localName(name) == "cellXfs" { inCellXfs = false }
    }
}

/// A worksheet part: every `<c>` with its value, formula and style.
final class SheetParser: XMLCollector {
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>
    private(set) var cells: [XLSXCell] = []
    private var row = -1
    private var column = -1
    private var type = ""
    private var style = 0
    private var value: String?
    private var formula: String?
    private var inline = ""
    private var inInline = false

    init(sharedStrings: [String], dateStyles: Set<Int>) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
    }

    static func parse(_ data: Data, sharedStrings: [String], dateStyles: Set<Int>) -> [XLSXCell] {
        let parser = SheetParser(sharedStrings: sharedStrings, dateStyles: dateStyles)
        run(data, with: parser)
        return parser.cells
    }

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch Self.localName(name) {
        case "row":
            row = attributes["r"].flatMap(Int.init).map { $0 - 1 } ?? row + 1
            column = -1
        case "c":
            let position = attributes["r"].flatMap(Self.position)
            if let position { (row, column) = position } else { column += 1 }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = nil
            formula = nil
            inline = ""
        case "is": inInline = true
        case "v", "f", "t": text = ""
        default: break
        }
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch Self.localName(name) {
        case "v": value = SheetXMLScanner.decodeEscapes(text)
        case "f": formula = text
        case "t" where inInline: inline += SheetXMLScanner.decodeEscapes(text)
        case "is": inInline = false
        case "c": finishCell()
        default: break
        }
    }

    private func finishCell() {
        let cellValue: XLSXCell.Value?
        switch type {
        case "s": cellValue = value.flatMap(Int.init).flatMap { $0 < sharedStrings.count ? .string(sharedStrings[$0]) : nil }
        case "inlineStr": cellValue = .string(inline)
        case "str": cellValue = .string(value ?? "")
        case "b": cellValue = .boolean(value == "1")
        case "e": cellValue = .error(value ?? "")
        default: cellValue = value.flatMap(Double.init).map { .number($0) }
        }
        guard let cellValue else { return }
        cells.append(
            XLSXCell(row: row, column: column, value: cellValue, formula: formula,
                     isDate: type == "n" && dateStyles.contains(style)))
    }

    /// `C12` → (11, 2).
    static func position(_ reference: String) -> (Int, Int)? {
        var column = 0
        var digits = ""
        for character in reference {
            if let ascii = character.asciiValue, character.isLetter {
                column = column * 26 + Int(ascii & 0xDF) - 64
            } else {
                digits.append(character)
            }
        }
        guard let row = Int(digits), column > 0 else { return nil }
        return (row - 1, column - 1)
    }
}
