import ISMSBookCore

/// リスク対応計画 / Treatment plan: the risks above the acceptance threshold, with what is to be done,
/// by whom and by when, and a status that says what is still missing.
final class TreatmentPlanSheet {
    private let table: TableSheetWriter
    private let context: SheetContext

    /// The sheet's name in the workbook's language.
    static func name(_ context: SheetContext) -> String { context.text("リスク対応計画", "Treatment plan") }

    init(workbook: Workbook, context: SheetContext) throws {
        self.context = context
        let t = context.text
        let columns = context.departmentColumns + [
            TableColumn(t("リスクID", "Risk ID")),
            TableColumn(t("資産ID", "Asset ID")),
            TableColumn(t("資産名", "Asset"), .longText),
            TableColumn(t("脅威", "Threat"), .longText),
            TableColumn(t("リスク値", "Risk score"), .number),
            TableColumn(t("リスクレベル", "Risk level")),
            TableColumn(t("リスク対応", "Treatment")),
            TableColumn(t("対応策", "Treatment plan"), .longText),
            TableColumn(t("管理策", "Controls")),
            TableColumn(t("リスク所有者", "Risk owner")),
            TableColumn(t("期限", "Due"), .date),
            TableColumn(t("承認者", "Approver")),
            TableColumn(t("状況", "Status")),
            TableColumn(t("出典", "Source")),
        ]
        table = try TableSheetWriter(workbook: workbook, name: Self.name(context), columns: columns, context: context)
    }

    /// Writes the risk if it is above the threshold.
    func write(_ risk: RiskRecord) throws {
        guard risk.needsTreatment else { return }
        let (status, mark) = Self.status(of: risk, context)
        let bandFill: StyledCell.Mark = risk.band.map { .fill($0.color) } ?? .none
        let cells: [StyledCell] = context.departmentCells(risk.source) + [
            StyledCell(.text(risk.id)), StyledCell(.text(risk.assetID)), StyledCell(.text(risk.asset)),
            StyledCell(.text(risk.threat)), StyledCell(.integer(risk.score), mark: bandFill),
            StyledCell(.text(risk.band?.label(in: context.language)), mark: bandFill),
            StyledCell(.text(risk.treatment.map { RiskRegisterSheet.label($0, context) })),
            StyledCell(.text(risk.plan)), StyledCell(.text(risk.controls.isEmpty ? nil : risk.controls.joined(separator: ", "))),
            StyledCell(.text(risk.owner)), StyledCell(.date(risk.due)), StyledCell(.text(risk.approver)),
            StyledCell(.text(status), mark: mark), StyledCell(.text(risk.source.description)),
        ]
        try table.append(cells, source: SourceLocation(file: risk.source.file, row: risk.source.row))
    }

    /// What is still missing for the risk, most important first.
    static func status(of risk: RiskRecord, _ context: SheetContext) -> (String, StyledCell.Mark) {
        guard let treatment = risk.treatment else { return (context.text("対応未決定", "No treatment"), .error) }
        if treatment == .accept {
            return risk.approver == nil
                ? (context.text("受容（承認者なし）", "Accepted, no approver"), .warning)
                : (context.text("受容（承認済）", "Accepted, approved"), .none)
        }
        if risk.plan == nil { return (context.text("対応策未記入", "No plan"), .warning) }
        if risk.due == nil { return (context.text("期限未設定", "No due date"), .warning) }
        return (context.text("計画済", "Planned"), .none)
    }

    /// The data rows written.
    var rowCount: Int { table.rowCount }

    /// Widths, filter, frozen header, printing.
    func finish() throws { try table.finish() }
}
