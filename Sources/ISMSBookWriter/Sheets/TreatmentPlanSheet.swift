import ISMSBookCore

/// リスク対応計画 / Treatment plan: the risks above the acceptance threshold, with what is to be done,
/// by whom and by when, and a status that says what is still missing.
final class TreatmentPlanSheet {
    private let table: TableSheetWriter
    private let context: SheetContext

    /// The sheet's name in the workbook's language.
    static func name(_ context: SheetContext) -> String { context.text("リスク対応計画", "Treatment plan") }

    /// The risk register's columns the plan repeats, in order.
    static let fields: [RiskField] = [
        .id, .assetID, .asset, .threat, .score, .level, .residualScore, .residualLevel, .treatment, .plan, .controls, .owner, .due,
        .status, .approver, .approvedOn, .acceptanceExpires, .justification,
    ]

    init(workbook: Workbook, context: SheetContext) throws {
        self.context = context
        let columns = context.departmentColumns + Self.fields.map { TableColumn(field: RiskField.schema[$0], language: context.language) }
            + [TableColumn(context.text("状況", "Status")), TableColumn(context.text("出典", "Source"))]
        table = try TableSheetWriter(workbook: workbook, name: Self.name(context), columns: columns, context: context)
    }

    /// Writes the risk if it is above the threshold.
    func write(_ risk: RiskRecord) throws {
        guard risk.needsTreatment else { return }
        let (status, mark) = Self.status(of: risk, context)
        var cells = context.departmentCells(risk.source)
        for field in Self.fields {
            let content = TableCell(RiskField.schema[field].displayed(risk, in: context.language))
            cells.append(StyledCell(content, mark: Self.mark(field, of: risk, context)))
        }
        cells += [StyledCell(.text(status), mark: mark), StyledCell(.text(risk.source.description))]
        try table.append(cells, source: SourceLocation(file: risk.source.file, row: risk.source.row))
    }

    /// A cell's marking: the band's colour on the scores and levels, a warning on a due date passed.
    private static func mark(_ field: RiskField, of risk: RiskRecord, _ context: SheetContext) -> StyledCell.Mark {
        switch field {
        case .score, .level: risk.band.map { .fill($0.color) } ?? .none
        case .residualScore, .residualLevel: risk.residualBand.map { .fill($0.color) } ?? .none
        case .due: risk.isOverdue(on: context.generatedOn) ? .warning : .none
        default: .none
        }
    }

    /// What is still missing for the risk, most important first.
    static func status(of risk: RiskRecord, _ context: SheetContext) -> (String, StyledCell.Mark) {
        guard let treatment = risk.treatment else { return (context.text("対応未決定", "No treatment"), .error) }
        if risk.isOverdue(on: context.generatedOn) { return (context.text("期限超過", "Overdue"), .warning) }
        if treatment == .accept {
            return risk.approver == nil
                ? (context.text("受容（承認者なし）", "Accepted, no approver"), .warning)
                : (context.text("受容（承認済）", "Accepted, approved"), .none)
        }
        if risk.plan == nil { return (context.text("対応策未記入", "No plan"), .warning) }
        if risk.due == nil && risk.status != .done { return (context.text("期限未設定", "No due date"), .warning) }
        if risk.status == .done { return (context.text("完了", "Done"), .none) }
        return (context.text("計画済", "Planned"), .none)
    }

    /// The data rows written.
    var rowCount: Int { table.rowCount }

    /// Widths, filter, frozen header, printing.
    func finish() throws { try table.finish() }
}
