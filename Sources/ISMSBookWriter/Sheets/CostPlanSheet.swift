import Foundation
import ISMSBookCore

/// 費用計画 / Cost plan: the assumptions block, then one row per plan year with real formulas for
/// the totals and running totals, the grand total and the present value, the dated schedule, the
/// warnings, and a stacked column chart of cost by year and kind.
///
/// Formulas are written with the values the core computed, so the sheet shows its figures before
/// any recalculation, and a spreadsheet that recalculates gets the same ones. Rows are written top
/// to bottom, so the sheet also works in a constant-memory workbook.
struct CostPlanSheet {
    let sheet: Worksheet
    let workbook: Workbook
    let context: SheetContext

    /// The sheet's name in the workbook's language.
    static func name(_ context: SheetContext) -> String { context.text("費用計画", "Cost plan") }

    static let yen = CellStyle(numberFormat: "\"¥\"#,##0", hasBorder: true)
    static let percent = CellStyle(numberFormat: "0.00%", hasBorder: true)
    static let number = CellStyle(numberFormat: "0.0##", hasBorder: true)
    static let count = CellStyle(numberFormat: "0", hasBorder: true)
    static let day = CellStyle(numberFormat: "yyyy/mm/dd", hasBorder: true)

    /// Writes the sheet.
    func write(_ plan: CertificationPlan) throws {
        let t = context.text
        let costs = plan.costs
        try sheet.write(t("費用計画", "Cost plan") + " — " + costs.scheme.label(in: context.language), row: 0, column: 0, style: .title)
        let about = [context.organisation, t("作成日", "Plan date") + " " + plan.planDate.iso8601].filter { !$0.isEmpty }
        try sheet.write(about.joined(separator: "　"), row: 1, column: 0)
        var row = 3
        try sheet.write(t("前提条件", "Assumptions"), row: row, column: 0, style: .header)
        try sheet.write(t("値", "Value"), row: row, column: 1, style: .header)
        try sheet.write(t("根拠・出典", "Source"), row: row, column: 2, style: .header)
        row += 1
        var discountCell: String?
        for assumption in costs.assumptions {
            try sheet.write(Self.clip(assumption.label(in: context.language)), row: row, column: 0, style: CellStyle.text.bordered)
            try writeValue(assumption.value, row: row)
            try sheet.write(Self.clip(assumption.source), row: row, column: 2)
            if assumption.key == CostInputs.Key.discountRatePercent.rawValue { discountCell = "$B$\(row + 1)" }
            row += 1
        }
        row += 1
        let table = CostPlanTable(plan: costs, context: context, firstRow: row)
        row = try table.write(to: sheet, discountCell: discountCell)
        row += 1
        row = try schedule(plan.milestones, at: row)
        row = try warnings(plan.warnings, at: row)
        try chart(table, at: row + 1)
        try sheet.setColumnWidth(0, width: 34)
        try sheet.setColumnWidth(1, width: 26)
        try sheet.setColumnWidths(2...(table.columns.count - 1), width: 15)
        try context.setUpPrinting(sheet, repeatedRows: 0)
    }

    private func writeValue(_ value: PlanAssumption.Value, row: Int) throws {
        switch value {
        case .yen(let yen): try sheet.write(Double(yen), row: row, column: 1, style: Self.yen)
        case .integer(let number): try sheet.write(Double(number), row: row, column: 1, style: Self.count)
        case .number(let number): try sheet.write(Self.double(number), row: row, column: 1, style: Self.number)
        case .percent(let percent): try sheet.write(Self.double(percent) / 100, row: row, column: 1, style: Self.percent)
        case .text(let text): try sheet.write(Self.clip(text), row: row, column: 1, style: CellStyle.text.bordered)
        }
    }

    /// The milestones of the certification cycle; returns the next free row.
    private func schedule(_ milestones: [Milestone], at startRow: Int) throws -> Int {
        guard !milestones.isEmpty else { return startRow }
        let t = context.text
        let headers = [t("予定（目標日から）", "Schedule (from the target date)"), t("日付", "Date"), t("終了日", "Until")]
        for (column, header) in headers.enumerated() { try sheet.write(header, row: startRow, column: column, style: .header) }
        var row = startRow + 1
        for milestone in milestones {
            try sheet.write(milestone.kind.label(in: context.language), row: row, column: 0, style: CellStyle.text.bordered)
            try sheet.write(Double(milestone.date.excelSerial), row: row, column: 1, style: Self.day)
            if let end = milestone.endDate {
                try sheet.write(Double(end.excelSerial), row: row, column: 2, style: Self.day)
            } else {
                try sheet.writeBlank(row: row, column: 2, style: Self.day)
            }
            row += 1
        }
        return row + 1
    }

    private func warnings(_ warnings: [PlanWarning], at startRow: Int) throws -> Int {
        guard !warnings.isEmpty else { return startRow }
        try sheet.write(context.text("注意", "Warnings"), row: startRow, column: 0, style: .header)
        for (offset, warning) in warnings.enumerated() {
            try sheet.write(Self.clip(warning.text(in: context.language)), row: startRow + 1 + offset, column: 0,
                            style: CellStyle.text.markedAsWarning)
        }
        return startRow + warnings.count + 2
    }

    /// A stacked column per year: certification fees, consultant and internal costs.
    private func chart(_ table: CostPlanTable, at row: Int) throws {
        let chart = try workbook.addChart(.stackedColumn)
        let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
        let categories = "=\(quoted)!$A$\(table.firstYearRow + 1):$A$\(table.lastYearRow + 1)"
        for (index, column) in table.columns.enumerated() where column.isStacked {
            let letter = ColumnLetters.name(of: index)
            let values = "=\(quoted)!$\(letter)$\(table.firstYearRow + 1):$\(letter)$\(table.lastYearRow + 1)"
            let series = try chart.addSeries(categories: categories, values: values)
            try series.setName("=\(quoted)!$\(letter)$\(table.headerRow + 1)")
            try series.setFill(column.color)
        }
        try chart.setTitle(context.text("年度別の費用", "Cost by year and kind"))
        try chart.setValueAxisNumberFormat("\"¥\"#,##0")
        try chart.setLegend(.bottom)
        try sheet.insert(chart, row: row, column: 0)
    }

    static func double(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }

    /// Text from a plan file kept well inside Excel's 32,767 characters per cell.
    static func clip(_ text: String) -> String { text.count > 2000 ? String(text.prefix(2000)) + "…" : text }
}

/// The yearly table of the cost sheet: labels, money columns, and the formulas over them.
struct CostPlanTable {
    /// A column of the table.
    struct Column {
        enum Kind { case label, events, money((CostYear) -> Int), total, cumulative }
        var title: String
        var kind: Kind
        var color: UInt32 = 0

        /// Money columns are the chart's stacked series.
        var isStacked: Bool {
            if case .money = kind { return true }
            return false
        }
    }

    let plan: CostPlan
    let context: SheetContext
    /// The 0-based row of the header.
    let headerRow: Int
    let columns: [Column]

    init(plan: CostPlan, context: SheetContext, firstRow: Int) {
        self.plan = plan
        self.context = context
        headerRow = firstRow
        let t = context.text
        var columns = [Column(title: t("年度", "Year"), kind: .label), Column(title: t("審査・申請", "Audits"), kind: .events)]
        if plan.scheme == .both {
            columns.append(Column(title: t("ISMS 認証費用", "ISMS certification"), kind: .money { $0.certification(of: .isms) }, color: 0x4472C4))
            columns.append(Column(title: t("Pマーク 費用", "Privacy Mark fees"), kind: .money { $0.certification(of: .pmark) }, color: 0x70AD47))
        } else {
            columns.append(Column(title: t("認証費用", "Certification"), kind: .money(\.certification), color: 0x4472C4))
        }
        columns.append(Column(title: t("コンサルタント", "Consultant"), kind: .money(\.consultant), color: 0xED7D31))
        columns.append(Column(title: t("社内費用", "Internal"), kind: .money(\.internalCosts), color: 0xA5A5A5))
        columns.append(Column(title: t("合計", "Total"), kind: .total))
        columns.append(Column(title: t("累計", "Cumulative"), kind: .cumulative))
        self.columns = columns
    }

    var firstYearRow: Int { headerRow + 1 }
    var lastYearRow: Int { headerRow + plan.years.count }
    private var moneyColumns: [Int] { columns.indices.filter { columns[$0].isStacked } }
    private var totalColumn: Int { columns.firstIndex { if case .total = $0.kind { true } else { false } } ?? 0 }

    /// Writes the header, the years, the grand total and the present value; returns the next free row.
    func write(to sheet: Worksheet, discountCell: String?) throws -> Int {
        for (index, column) in columns.enumerated() {
            try sheet.write(column.title, row: headerRow, column: index, style: CellStyle.header.centered)
        }
        let money = moneyColumns
        let first = ColumnLetters.name(of: money.first ?? 2)
        let last = ColumnLetters.name(of: money.last ?? 2)
        let total = ColumnLetters.name(of: totalColumn)
        for (offset, year) in plan.years.enumerated() {
            let row = firstYearRow + offset
            let r = row + 1
            for (index, column) in columns.enumerated() {
                switch column.kind {
                case .label:
                    let label = context.text("\(year.index)年目 \(year.fiscalYear)年度", "Year \(year.index) FY\(year.fiscalYear)")
                    try sheet.write(label, row: row, column: index, style: CellStyle.text.bordered)
                case .events:
                    let events = year.events.map { $0.label(in: context.language) }
                    try sheet.write(events.isEmpty ? "—" : events.joined(separator: context.text("、", ", ")),
                                    row: row, column: index, style: CellStyle.text.bordered)
                case .money(let value):
                    try sheet.write(Double(value(year)), row: row, column: index, style: CostPlanSheet.yen)
                case .total:
                    try sheet.writeFormula("=SUM(\(first)\(r):\(last)\(r))", value: Double(year.total), row: row, column: index,
                                           style: CostPlanSheet.yen.bold)
                case .cumulative:
                    let formula = offset == 0 ? "=\(total)\(r)" : "=\(ColumnLetters.name(of: index))\(r - 1)+\(total)\(r)"
                    try sheet.writeFormula(formula, value: Double(year.cumulative), row: row, column: index, style: CostPlanSheet.yen)
                }
            }
        }
        var row = lastYearRow + 1
        try sheet.write(context.text("合計", "Total"), row: row, column: 0, style: CellStyle.label.bordered)
        try sheet.writeBlank(row: row, column: 1, style: CellStyle.text.bordered)
        for index in money + [totalColumn] {
            let letter = ColumnLetters.name(of: index)
            let sum = index == totalColumn ? plan.total : plan.years.reduce(0) { total, year in
                if case .money(let value) = columns[index].kind { return total + value(year) }
                return total
            }
            try sheet.writeFormula("=SUM(\(letter)\(firstYearRow + 1):\(letter)\(lastYearRow + 1))", value: Double(sum),
                                   row: row, column: index, style: CostPlanSheet.yen.bold)
        }
        if let discountCell, let presentValue = plan.presentValue {
            row += 1
            try sheet.write(context.text("現在価値（1年目期首）", "Present value (start of year 1)"), row: row, column: 0,
                            style: CellStyle.label.bordered)
            let values = "\(total)\(firstYearRow + 1):\(total)\(lastYearRow + 1)"
            // NPV discounts the first value too; × (1 + r) values the plan at the start of year 1.
            try sheet.writeFormula("=ROUND(NPV(\(discountCell),\(values))*(1+\(discountCell)),0)", value: Double(presentValue),
                                   row: row, column: totalColumn, style: CostPlanSheet.yen.bold)
        }
        return row + 1
    }
}
