import ISMSBookCore

/// 情報資産管理台帳 / Asset register: the canonical columns, the computed value, the check result,
/// the source row, then the department's own columns.
final class AssetRegisterSheet {
    private let table: TableSheetWriter
    private let context: SheetContext
    private let extraColumns: [String]

    /// The sheet's name in the workbook's language.
    static func name(_ context: SheetContext) -> String { context.text("情報資産管理台帳", "Asset register") }

    private static func columns(_ context: SheetContext) -> [TableColumn] {
        let t = context.text
        return [
            TableColumn(t("資産ID", "Asset ID")),
            TableColumn(t("情報資産の名称", "Name"), .longText),
            TableColumn(t("分類", "Category")),
            TableColumn(t("管理者", "Owner")),
            TableColumn(t("管理部署", "Department")),
            TableColumn(t("保管場所", "Location"), .longText),
            TableColumn(t("媒体", "Medium")),
            TableColumn(t("利用者範囲", "Users"), .longText),
            TableColumn(t("個人情報", "Personal data")),
            TableColumn(t("機密性", "Confidentiality"), .number),
            TableColumn(t("完全性", "Integrity"), .number),
            TableColumn(t("可用性", "Availability"), .number),
            TableColumn(t("重要度", "Value"), .number),
            TableColumn(t("保管期間", "Retention")),
            TableColumn(t("保管期限", "Retain until"), .date),
            TableColumn(t("記入日", "Recorded on"), .date),
            TableColumn(t("備考", "Notes"), .longText),
        ] + RowMarking.columns(context) + [TableColumn(t("出典", "Source"))]
    }

    /// The fields shown in the first columns, in order, as JSON keys (for marking cells).
    private static let fieldColumns = [
        "id", "name", "category", "owner", "department", "location", "medium", "users", "personal_data",
        "confidentiality", "integrity", "availability", "value", "retention", "retention_until", "recorded_on", "notes",
    ]

    init(workbook: Workbook, context: SheetContext, extraColumns: [String]) throws {
        self.context = context
        self.extraColumns = extraColumns
        let columns = context.departmentColumns + Self.columns(context) + extraColumns.map { TableColumn($0, .longText) }
        table = try TableSheetWriter(workbook: workbook, name: Self.name(context), columns: columns, context: context)
    }

    /// Writes one asset.
    func write(_ asset: AssetRecord) throws {
        let marking = RowMarking(diagnostics: asset.diagnostics, context: context)
        let invalid = asset.invalidCells
        func level(_ field: AssetField, _ value: Int?) -> TableCell {
            invalid[field].map { .text($0) } ?? .integer(value)
        }
        let personal: TableCell =
            invalid[.personalData].map { .text($0) }
            ?? .text(asset.personalData.map { context.text($0.japanese, $0.english) })
        let recordedOn: TableCell = invalid[.recordedOn].map { .text($0) } ?? .date(asset.recordedOn)
        let retainUntil: TableCell =
            asset.isRetentionPermanent ? .text(context.text("永年", "Permanent")) : .date(asset.retentionUntil)
        let contents: [TableCell] = [
            invalid[.id].map { .text($0) } ?? .text(asset.id), .text(asset.name), .text(asset.category),
            .text(asset.owner), .text(asset.department), .text(asset.location), .text(asset.medium), .text(asset.users),
            personal, level(.confidentiality, asset.confidentiality), level(.integrity, asset.integrity),
            level(.availability, asset.availability), .integer(asset.value), .text(asset.retention), retainUntil,
            recordedOn, .text(asset.notes),
        ]
        let marks = marking.marks
        var cells = context.departmentCells(asset.source)
        cells += zip(Self.fieldColumns, contents).map { field, content in StyledCell(content, mark: marks[field] ?? .none) }
        cells += [marking.statusCell, marking.messagesCell, StyledCell(.text(asset.source.description))]
        cells += asset.extras.aligned(to: extraColumns)
        try table.append(cells, source: SourceLocation(file: asset.source.file, row: asset.source.row))
    }

    /// The data rows written.
    var rowCount: Int { table.rowCount }

    /// Widths, filter, frozen header, printing.
    func finish() throws { try table.finish() }
}
