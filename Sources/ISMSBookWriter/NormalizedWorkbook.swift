import Foundation
import ISMSBookCore

/// `normalize --format xlsx`: one register's normalised records as a sheet that ismsbook reads
/// back to the same records.
///
/// The sheet holds the columns a department fills in (the schema's entry fields for the profile's
/// method) under their JSON keys, each also a header ismsbook accepts, then the department's extra
/// columns. Values computed from others (the asset's value, the risk's score and band) are left
/// out: reading the sheet back computes them again. Ratings are numbers, dates are Excel dates,
/// and a cell that could not be read keeps its original text.
public final class NormalizedWorkbook: RegisterSink {
    private let workbook: Workbook
    private let kind: RegisterKind
    private let context: SheetContext
    private let createdAt: Date
    private var table: TableSheetWriter?
    private var assetFields: [AssetField] = []
    private var riskFields: [RiskField] = []
    private var extraColumns: [String] = []

    /// Creates the workbook; nothing is written to `path` before ``finish(_:)``.
    public init(path: String, kind: RegisterKind, createdAt: Date) throws {
        workbook = try Workbook(path: path, options: Workbook.Options())
        self.kind = kind
        context = SheetContext(language: .english, organisation: "", generatedOn: CalendarDate(daysSinceEpoch: 0))
        self.createdAt = createdAt
    }

    public func begin(_ layout: RegisterLayout) throws {
        let columns: [TableColumn]
        switch kind {
        case .risks:
            riskFields = RiskField.schema.entryFields(for: layout.profile).filter {
                !RiskField.columnsThatChangeRules.contains($0) || layout.riskColumns.contains($0)
            }
            extraColumns = layout.riskExtraColumns
            columns = Self.columns(riskFields)
        default:
            // `normalize` writes the two department registers only; the binder's are not normalised.
            assetFields = AssetField.schema.entryFields(for: layout.profile)
            extraColumns = layout.assetExtraColumns
            columns = Self.columns(assetFields)
        }
        table = try TableSheetWriter(
            workbook: workbook, name: kind.rawValue, columns: columns + extraColumns.map { TableColumn($0, .longText) },
            context: context)
    }

    /// Each field under its JSON key; numbers and dates keep their layout, text does not wrap.
    private static func columns<Field: SchemaField>(_ fields: [Field]) -> [TableColumn] {
        fields.map { field in
            let kind = TableColumn.Kind(Field.schema[field].kind)
            return TableColumn(field.rawValue, kind == .longText ? .text : kind)
        }
    }

    public func write(_ asset: AssetRecord) throws {
        if kind == .assets { try append(asset, fields: assetFields) }
    }

    public func write(_ risk: RiskRecord) throws {
        if kind == .risks { try append(risk, fields: riskFields) }
    }

    private func append<Record: RegisterRecord>(_ record: Record, fields: [Record.Field]) throws {
        var cells = fields.map { field in
            StyledCell(record.invalidCells[field].map { .text($0) } ?? TableCell(Record.Field.schema[field].enteredValue(record)))
        }
        cells += record.extras.aligned(to: extraColumns)
        try table?.append(cells, source: nil)
    }

    public func finish(_ report: BuildReport) throws -> SinkOutcome {
        try table?.finish()
        try workbook.setProperties(
            Workbook.Properties(
                title: "ismsbook normalize (\(kind.rawValue))", subject: "", author: "ismsbook", company: "", comments: "",
                created: createdAt))
        let closing = Date()
        try workbook.close()
        return SinkOutcome(
            diagnostics: context.diagnostics.raised.map(report.policy.applied(to:)), packagingSeconds: Date().timeIntervalSince(closing))
    }
}
