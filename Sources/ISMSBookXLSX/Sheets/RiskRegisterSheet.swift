import ISMSBookCore

/// リスクアセスメント / Risk register: each risk with its computed score and band, coloured by
/// conditional formatting, then the check result, the source row and the department's own columns.
final class RiskRegisterSheet {
    private let table: TableSheetWriter
    private let context: SheetContext
    private let extraColumns: [String]
    private let profile: ScoringProfile

    /// The sheet's name in the workbook's language.
    static func name(_ context: SheetContext) -> String { context.text("リスクアセスメント", "Risk register") }

    private static let scoreColumn = 10
    private static let levelColumn = 11

    private static func columns(_ context: SheetContext) -> [TableColumn] {
        let t = context.text
        return [
            TableColumn(t("リスクID", "Risk ID")),
            TableColumn(t("資産ID", "Asset ID")),
            TableColumn(t("資産名", "Asset"), .longText),
            TableColumn(t("脅威", "Threat"), .longText),
            TableColumn(t("脆弱性", "Vulnerability"), .longText),
            TableColumn(t("脅威レベル", "Threat level"), .number),
            TableColumn(t("脆弱性レベル", "Vulnerability level"), .number),
            TableColumn(t("資産価値", "Asset value"), .number),
            TableColumn(t("発生可能性", "Likelihood"), .number),
            TableColumn(t("影響度", "Impact"), .number),
            TableColumn(t("リスク値", "Risk score"), .number),
            TableColumn(t("リスクレベル", "Risk level")),
            TableColumn(t("受容可否", "Acceptable")),
            TableColumn(t("リスク対応", "Treatment")),
            TableColumn(t("対応策", "Treatment plan"), .longText),
            TableColumn(t("管理策", "Controls")),
            TableColumn(t("リスク所有者", "Risk owner")),
            TableColumn(t("期限", "Due"), .date),
            TableColumn(t("承認者", "Approver")),
        ] + RowMarking.columns(context) + [TableColumn(t("出典", "Source"))]
    }

    private static let fieldColumns = [
        "id", "asset_id", "asset", "threat", "vulnerability", "threat_level", "vulnerability_level", "asset_value",
        "likelihood", "impact", "score", "level", "accepted", "treatment", "plan", "controls", "owner", "due", "approver",
    ]

    init(workbook: Workbook, context: SheetContext, extraColumns: [String], profile: ScoringProfile) throws {
        self.context = context
        self.extraColumns = extraColumns
        self.profile = profile
        let columns = context.departmentColumns + Self.columns(context) + extraColumns.map { TableColumn($0, .longText) }
        table = try TableSheetWriter(workbook: workbook, name: Self.name(context), columns: columns, context: context)
    }

    /// Writes one risk.
    func write(_ risk: RiskRecord) throws {
        let marking = RowMarking(diagnostics: risk.diagnostics, context: context)
        let invalid = risk.invalidCells
        func text(_ field: RiskField, _ value: String?) -> TableCell { invalid[field].map { .text($0) } ?? .text(value) }
        func level(_ field: RiskField, _ value: Int?) -> TableCell { invalid[field].map { .text($0) } ?? .integer(value) }
        let contents: [TableCell] = [
            text(.id, risk.id), text(.assetID, risk.assetID), text(.asset, risk.asset), .text(risk.threat),
            .text(risk.vulnerability), level(.threatLevel, risk.threatLevel?.value),
            level(.vulnerabilityLevel, risk.vulnerabilityLevel?.value), .integer(risk.assetValue),
            level(.likelihood, risk.likelihood), level(.impact, risk.impact),
            invalid[.score].map { .text($0) } ?? .integer(risk.score),
            .text(risk.band?.label(in: context.language)), .text(Self.acceptance(risk, context)),
            invalid[.treatment].map { .text($0) } ?? .text(risk.treatment.map { Self.label($0, context) }),
            .text(risk.plan), .text(risk.controls.isEmpty ? nil : risk.controls.joined(separator: ", ")), .text(risk.owner),
            invalid[.due].map { .text($0) } ?? .date(risk.due), .text(risk.approver),
        ]
        let marks = marking.marks
        var cells = context.departmentCells(risk.source)
        cells += zip(Self.fieldColumns, contents).map { field, content in StyledCell(content, mark: marks[field] ?? .none) }
        cells += [marking.statusCell, marking.messagesCell, StyledCell(.text(risk.source.description))]
        cells += risk.extras.aligned(to: extraColumns)
        try table.append(cells, source: SourceLocation(file: risk.source.file, row: risk.source.row))
    }

    /// 受容可 / 要対応, or empty for an unscored risk.
    static func acceptance(_ risk: RiskRecord, _ context: SheetContext) -> String? {
        risk.isAccepted.map { $0 ? context.text("受容可", "Acceptable") : context.text("要対応", "Treat") }
    }

    /// 低減 (reduce) and the like.
    static func label(_ treatment: Treatment, _ context: SheetContext) -> String {
        context.text(treatment.japanese, treatment.rawValue)
    }

    /// The data rows written.
    var rowCount: Int { table.rowCount }

    /// Band colours as conditional formats on the score and level columns, then the table finish.
    func finish() throws {
        var lower = 1
        let offset = context.departmentColumns.count
        for band in profile.bands {
            for (sheet, lastRow) in table.lastRows {
                let style = CellStyle.integer.centered.filled(band.color)
                try sheet.highlightNumbers(
                    in: (1, Self.scoreColumn + offset, lastRow), minimum: lower, maximum: band.maximum, style: style)
                try sheet.highlightText(in: (1, Self.levelColumn + offset, lastRow), equalTo: band.label(in: context.language),
                                        style: CellStyle.text.filled(band.color))
            }
            lower = band.maximum + 1
        }
        try table.finish()
    }
}
