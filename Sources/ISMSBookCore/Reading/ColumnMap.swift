import Foundation

/// Which column of a register file holds which field, and which columns are the department's own.
public struct ColumnMap<Field: RegisterField>: Sendable {
    /// A column that is not one of the register's fields, kept as it is.
    public struct ExtraColumn: Sendable, Hashable {
        /// The 0-based column in the file.
        public var index: Int
        /// The header as written (trimmed); `column F` when the header cell is empty.
        public var name: String
    }

    /// The row of the header, as a spreadsheet shows it.
    public var headerRow: Int
    /// The header cells as written.
    public var headers: [String]
    /// The 0-based column of each field present in the file.
    public private(set) var columns: [Field: Int]
    /// `columns` as an array by ``RegisterField/ordinal``, for the lookups made for every cell.
    private var indexByOrdinal: [Int] = []
    /// The other columns, in file order.
    public var extras: [ExtraColumn]

    /// The number of header cells recognised as fields.
    public var recognisedCount: Int { columns.count }

    /// Maps a header row to fields.
    ///
    /// Each header is compared after NFKC, case folding and removal of spaces, `_`, `-` and `.`; a
    /// header like `機密性(C)` is also tried without its bracketed part and as the bracketed part alone.
    /// The first column for a field wins; a second one is kept as an extra column, with a warning.
    public init(headers: [String], headerRow: Int, file: String, sheet: String? = nil, diagnostics: inout [Diagnostic]) {
        self.headerRow = headerRow
        self.headers = headers
        columns = [:]
        extras = []
        indexByOrdinal = []
        var extraNames = Set<String>()
        for (index, header) in headers.enumerated() {
            if let field = Self.field(for: header) {
                if columns[field] == nil {
                    columns[field] = index
                    continue
                }
                let location = SourceLocation(file: file, row: headerRow, column: index + 1, columnName: header, sheet: sheet)
                diagnostics.append(Diagnostic(.warning, .duplicateColumn(key: field.rawValue), at: location))
            }
            var name = header.trimmingCharacters(in: .whitespacesAndNewlines)
            if name.isEmpty { name = "column \(ColumnLetters.name(of: index))" }
            var unique = name
            var suffix = 2
            while extraNames.contains(unique) {
                unique = "\(name) (\(suffix))"
                suffix += 1
            }
            extraNames.insert(unique)
            extras.append(ExtraColumn(index: index, name: unique))
        }
        indexByOrdinal = Self.ordinalTable(columns)
    }

    /// The field a header names, if any.
    public static func field(for header: String) -> Field? {
        for candidate in candidates(header) {
            if let field = aliasTable[candidate] { return field }
        }
        return nil
    }

    /// The 0-based column of `field`, if the file has one.
    @inline(__always)
    public func index(of field: Field) -> Int? {
        let index = indexByOrdinal[field.ordinal]
        return index < 0 ? nil : index
    }

    private static func ordinalTable(_ columns: [Field: Int]) -> [Int] {
        var table = [Int](repeating: -1, count: Field.allCases.count)
        for (field, index) in columns { table[field.ordinal] = index }
        return table
    }

    /// The header text of `field`'s column, for diagnostics.
    public func header(of field: Field) -> String? {
        index(of: field).map { headers[$0] }
    }

    private static func candidates(_ header: String) -> [String] {
        let normalised = TextNormaliser.normalise(header)
        var list = [TextNormaliser.key(normalised)]
        if let open = normalised.firstIndex(where: { $0 == "(" || $0 == "[" }),
            let close = normalised.lastIndex(where: { $0 == ")" || $0 == "]" }), open < close
        {
            let outside = normalised[..<open] + normalised[normalised.index(after: close)...]
            let inside = normalised[normalised.index(after: open)..<close]
            list.append(TextNormaliser.key(String(outside)))
            list.append(TextNormaliser.key(String(inside)))
        }
        // A header with a note after a line break ("機密性\n(1〜3)") is tried by its first line.
        if let firstLine = normalised.split(separator: "\n").first, firstLine.count < normalised.count {
            list.append(TextNormaliser.key(String(firstLine)))
        }
        return list.filter { !$0.isEmpty }
    }

    private static var aliasTable: [String: Field] {
        AliasTables.table(for: Field.self)
    }
}

/// The alias tables, built once per field type.
enum AliasTables {
    static let assets: [String: AssetField] = build()
    static let risks: [String: RiskField] = build()

    static func table<Field: RegisterField>(for type: Field.Type) -> [String: Field] {
        if let table = assets as? [String: Field] { return table }
        if let table = risks as? [String: Field] { return table }
        return build()
    }

    private static func build<Field: RegisterField>() -> [String: Field] {
        var table: [String: Field] = [:]
        for field in Field.allCases where field.isRead {
            for name in [field.rawValue] + field.aliases {
                let key = TextNormaliser.key(name)
                if table[key] == nil { table[key] = field }
            }
        }
        return table
    }
}
