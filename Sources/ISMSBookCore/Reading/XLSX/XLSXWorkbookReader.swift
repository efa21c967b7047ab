import Foundation
import ZIPFoundation


/// Reads the sheets of an .xlsx file: names, and each cell's value, type, formula and date-ness.
///
/// Shared strings (including rich-text runs), inline strings, numbers, booleans, errors and cached
/// formula results are read; a cell is a date when its style's number format is a date format.
/// Sheets are parsed whole here; the tests use it to read back what the writer produced.
public final class XLSXWorkbookReader {
    /// A problem with the file as a whole.
    public struct ReadError: Error, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        public var description: String { message }
    }

    private let archive: Archive
    /// The sheet names, in workbook order.
    public private(set) var sheetNames: [String] = []
    private var sheetPaths: [String: String] = [:]
    private var sharedStrings: [String] = []
    private var dateStyles: Set<Int> = []
    /// Whether the workbook uses the 1904 date system.
    public private(set) var uses1904Dates = false

    /// Opens `path`.
    public init(path: String) throws {
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw ReadError(message: "\(path): not an .xlsx (zip) file")
        }
        try readWorkbook()
        if let data = try? entry("xl/sharedStrings.xml") { sharedStrings = SharedStringsParser.parse(data) }
        if let data = try? entry("xl/styles.xml") { dateStyles = StylesParser.dateStyles(data) }
    }

    /// The cells of a sheet, row by row, in file order.
    public func cells(ofSheet name: String) throws -> [XLSXCell] {
        guard let path = sheetPaths[name] else { throw ReadError(message: "no sheet named '\(name)'") }
        return SheetParser.parse(try entry(path), sharedStrings: sharedStrings, dateStyles: dateStyles)
    }

    /// The cells of a sheet as a grid of rows (absent cells are `nil`).
    public func rows(ofSheet name: String) throws -> [[XLSXCell?]] {
        let cells = try cells(ofSheet: name)
        let rowCount = (cells.map(\.row).max() ?? -1) + 1
        let columnCount = (cells.map(\.column).max() ?? -1) + 1
        var grid = Array(repeating: [XLSXCell?](repeating: nil, count: columnCount), count: rowCount)
        for cell in cells { grid[cell.row][cell.column] = cell }
        return grid
    }

    /// The raw bytes of a part of the package, e.g. `docProps/core.xml`.
    public func entry(_ path: String) throws -> Data {
        guard let entry = archive[path] else { throw ReadError(message: "the package has no part \(path)") }
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        return data
    }

    /// The names of all parts in the package.
    public var entryPaths: [String] { archive.map(\.path) }

    private func readWorkbook() throws {
        let workbook = try entry("xl/workbook.xml")
        let relations = (try? entry("xl/_rels/workbook.xml.rels")).map(RelationshipsParser.parse) ?? [:]
        let parsed = WorkbookParser.parse(workbook)
        uses1904Dates = parsed.uses1904
        for (name, relation) in parsed.sheets {
            sheetNames.append(name)
            guard let target = relations[relation] else { continue }
            sheetPaths[name] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
    }
}
