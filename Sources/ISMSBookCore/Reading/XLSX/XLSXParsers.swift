import Foundation

/// The small parts of a workbook package, read with ``XMLPullScanner``.
enum WorkbookParser {
    /// `xl/workbook.xml`: sheet names with their relationship ids, and the date system.
    static func parse(_ data: Data) -> (sheets: [(String, String)], uses1904: Bool) {
        var scanner = XMLPullScanner(data: data)
        var sheets: [(String, String)] = []
        var uses1904 = false
        while let tag = try? scanner.nextTag() {
            switch tag.name {
            case "sheet" where tag.kind != .close:
                // The relationship id is `r:id`; the scanner keeps local names, so it is `id`.
                if let name = tag.attribute("name"), let id = tag.attribute("id") { sheets.append((name, id)) }
            case "workbookPr" where tag.kind != .close:
                let value = tag.attribute("date1904")
                uses1904 = value == "1" || value == "true"
            default: continue
            }
        }
        return (sheets, uses1904)
    }
}

/// `xl/_rels/workbook.xml.rels`: relationship id → part.
enum RelationshipsParser {
    static func parse(_ data: Data) -> [String: String] {
        var scanner = XMLPullScanner(data: data)
        var targets: [String: String] = [:]
        while let tag = try? scanner.nextTag() {
            if tag.name == "Relationship", tag.kind != .close, let id = tag.attribute("Id"), let target = tag.attribute("Target") {
                targets[id] = target
            }
        }
        return targets
    }
}

/// `xl/sharedStrings.xml`: each `<si>`, rich-text runs concatenated, phonetic runs (`<rPh>`) left out.
enum SharedStringsParser {
    static func parse(_ data: Data) -> [String] {
        var scanner = XMLPullScanner(data: data)
        var strings: [String] = []
        var current = ""
        var phoneticDepth = 0
        while let tag = try? scanner.nextTag() {
            switch (tag.name, tag.kind) {
            case ("si", .open): current = ""
            case ("si", .empty): strings.append("")
            case ("si", .close): strings.append(current)
            case ("rPh", .open): phoneticDepth += 1
            case ("rPh", .close): phoneticDepth = max(0, phoneticDepth - 1)
            case ("t", .open) where phoneticDepth == 0:
                scanner.text.removeAll(keepingCapacity: true)
                scanner.isCollecting = true
            case ("t", .close) where scanner.isCollecting:
                current += scanner.takeText()
                scanner.isCollecting = false
            default: continue
            }
        }
        return strings
    }
}

/// `xl/styles.xml`: which cell styles (`cellXfs` indexes) show dates.
enum StylesParser {
    /// Built-in number formats 14–22 and 45–47 are dates and times (ECMA-376 Part 1, §18.8.30).
    static let builtInDateFormats: Set<Int> = Set(14...22).union(45...47)

    static func dateStyles(_ data: Data) -> Set<Int> {
        var scanner = XMLPullScanner(data: data)
        var customFormats: [Int: String] = [:]
        var styleFormats: [Int] = []
        var inCellXfs = false
        while let tag = try? scanner.nextTag() {
            switch (tag.name, tag.kind) {
            case ("numFmt", .open), ("numFmt", .empty):
                if let id = tag.attribute("numFmtId").flatMap(Int.init), let code = tag.attribute("formatCode") { customFormats[id] = code }
            case ("cellXfs", .open): inCellXfs = true
            case ("cellXfs", .close): inCellXfs = false
            case ("xf", .open) where inCellXfs, ("xf", .empty) where inCellXfs:
                styleFormats.append(tag.attribute("numFmtId").flatMap(Int.init) ?? 0)
            default: continue
            }
        }
        var result = Set<Int>()
        for (index, format) in styleFormats.enumerated()
        where builtInDateFormats.contains(format) || customFormats[format].map(isDateFormat) == true {
            result.insert(index)
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
}

/// A whole worksheet part as cells, for ``XLSXWorkbookReader``.
enum SheetParser {
    static func parse(_ data: Data, sharedStrings: [String], dateStyles: Set<Int>) -> [XLSXCell] {
        var delivered = false
        var scanner = SheetXMLScanner {
            defer { delivered = true }
            return delivered ? [] : [UInt8](data)
        }
        var cells: [XLSXCell] = []
        while let row = try? scanner.nextRow() {
            for cell in row.cells {
                let value: XLSXCell.Value?
                switch cell.type {
                case "s":
                    value = Int(cell.value).flatMap { $0 >= 0 && $0 < sharedStrings.count ? .string(sharedStrings[$0]) : nil }
                case "inlineStr", "str": value = .string(cell.value)
                case "b": value = .boolean(cell.value == "1")
                case "e": value = .error(cell.value)
                default: value = cell.hasValue ? Double(cell.value).map { .number($0) } : nil
                }
                guard let value else { continue }
                cells.append(
                    XLSXCell(
                        row: row.number - 1, column: cell.column, value: value, formula: cell.hasFormula ? cell.formula ?? "" : nil,
                        isDate: cell.type == "n" && dateStyles.contains(cell.style)))
            }
        }
        return cells
    }
}
