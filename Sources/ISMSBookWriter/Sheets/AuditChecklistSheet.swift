import ISMSBookCore

/// 内部監査チェックリスト / Audit checklist: one line per applicable control and per department in
/// scope, with the question to ask, the evidence to see, a result to pick from a drop-down, the
/// auditor, the date and the findings.
///
/// The auditor is filled in from the auditors' list, never from the department audited; a
/// department no auditor may audit is marked. The result, date and findings are left for the
/// audit.
final class AuditChecklistSheet {
    private let table: TableSheetWriter
    private let context: SheetContext

    /// The sheet's name in the workbook's language.
    static func name(_ context: SheetContext) -> String { context.text("内部監査チェックリスト", "Audit checklist") }

    /// The results an auditor records (JIS Q 27001 terms).
    static func results(_ context: SheetContext) -> [String] {
        context.language == .japanese
            ? ["適合", "軽微な不適合", "重大な不適合", "観察事項"]
            : ["Conformity", "Minor nonconformity", "Major nonconformity", "Observation"]
    }

    /// The 0-based column of the result.
    static let resultColumn = 7

    init(workbook: Workbook, context: SheetContext) throws {
        self.context = context
        let t = context.text
        let columns = [
            TableColumn("No", .number),
            TableColumn(t("部署", "Department")),
            TableColumn(t("管理策", "Control")),
            TableColumn(t("管理策名", "Title"), .longText),
            TableColumn(t("確認事項", "Question"), .longText),
            TableColumn(t("確認する証跡", "Evidence to see"), .longText),
            TableColumn(t("関連リスク", "Linked risks"), .longText),
            TableColumn(t("結果", "Result")),
            TableColumn(t("監査員", "Auditor")),
            TableColumn(t("実施日", "Date"), .date),
            TableColumn(t("所見", "Findings"), .longText),
        ]
        table = try TableSheetWriter(workbook: workbook, name: Self.name(context), columns: columns, context: context)
    }

    /// Writes the checklist, then the result drop-down over every line.
    func write(_ checklist: AuditChecklist) throws {
        var number = 0
        for line in checklist.lines {
            number += 1
            let control = line.control
            let title = context.language == .japanese ? control.control.japanese : control.control.english
            let auditor: StyledCell
            if let name = line.department.auditor {
                auditor = StyledCell(.text(name))
            } else if checklist.hasAuditorList {
                auditor = StyledCell(.text(context.text("割当不可", "None eligible")), mark: .error)
            } else {
                auditor = StyledCell(.empty)
            }
            let cells = [
                StyledCell(.integer(number)), StyledCell(.text(line.department.name)), StyledCell(.text(control.control.id)),
                StyledCell(.text(title)), StyledCell(.text(question(title, control.control.id, department: line.department.name))),
                StyledCell(.text(control.evidence ?? Self.evidence(control.control.theme, context))),
                StyledCell(.text(RiskIDList.text(Array(control.riskIDs.prefix(10)), count: control.riskCount, context))),
                StyledCell(.empty), auditor, StyledCell(.empty), StyledCell(.empty),
            ]
            try table.append(cells, source: nil)
        }
        let values = Self.results(context)
        for (sheet, lastRow) in table.lastRows {
            try sheet.addDropDown(
                (firstRow: 1, column: Self.resultColumn, lastRow: lastRow), values: values,
                title: context.text("結果", "Result"),
                message: context.text("次から選んでください: ", "Pick one of: ") + values.joined(separator: context.text("・", ", ")))
        }
    }

    private func question(_ title: String, _ id: String, department: String) -> String {
        if context.language == .japanese {
            let scope = department.isEmpty ? "" : "\(department)において、"
            return "\(scope)「\(title)」（\(id)）は規定どおりに実施され、その記録が残されているか。"
        }
        let scope = department.isEmpty ? "" : " in \(department)"
        return "Is “\(title)” (\(id)) operated as documented\(scope), with records kept?"
    }

    /// What to look at when the SoA names no evidence: the usual records of each theme.
    static func evidence(_ theme: AnnexAControl.Theme, _ context: SheetContext) -> String {
        switch theme {
        case .organizational: context.text("規程・手順書、承認・実施の記録", "Policies and procedures, approval and operating records")
        case .people: context.text("誓約書、教育・訓練の受講記録、人事記録", "Signed agreements, training records, HR records")
        case .physical: context.text("入退室記録、設備の点検記録、現地での確認", "Entry logs, facility inspection records, a site walk-through")
        case .technological: context.text("システムの設定、ログ、構成・変更の記録", "System settings, logs, configuration and change records")
        }
    }

    /// Widths, filter, frozen header, printing.
    func finish() throws { try table.finish() }
}
