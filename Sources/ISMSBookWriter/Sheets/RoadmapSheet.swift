import ISMSBookCore

/// 計画 / Roadmap: one row per step (number, step, owner, start, end, weeks) and a Gantt chart to
/// the right, one column per week (or per month when the roadmap is longer than 60 weeks).
///
/// The bars are conditional formatting, not painted cells: a cell is filled when its column's
/// period overlaps the step's start and end, so editing a date in the sheet moves the bar. The
/// column of the plan date ("today", fixed by `--date` so the file is reproducible) is marked.
struct RoadmapSheet {
    let sheet: Worksheet
    let context: SheetContext

    /// The sheet's name in the workbook's language.
    static func name(_ context: SheetContext) -> String { context.text("計画", "Roadmap") }

    /// Columns before the timeline: No., step, owner, start, end, weeks.
    static let timelineColumn = 6
    /// Weekly columns up to this many, else monthly.
    static let maximumWeeks = 60

    /// The periods of the timeline: first and last day of each column.
    static func periods(from first: CalendarDate, to last: CalendarDate) -> [(start: CalendarDate, end: CalendarDate)] {
        // 1970-01-01 was a Thursday: (days + 3) mod 7 is 0 on Mondays.
        let monday = first.adding(days: -(((first.daysSinceEpoch + 3) % 7 + 7) % 7))
        let weeks = (last.daysSinceEpoch - monday.daysSinceEpoch) / 7 + 1
        if weeks <= maximumWeeks {
            return (0..<weeks).map { (monday.adding(days: $0 * 7), monday.adding(days: $0 * 7 + 6)) }
        }
        var result: [(CalendarDate, CalendarDate)] = []
        var start = CalendarDate(year: first.year, month: first.month, day: 1) ?? first
        while start <= last, result.count < 400 {
            let next = start.adding(months: 1) ?? last.nextDay
            result.append((start, next.previousDay))
            start = next
        }
        return result
    }

    /// Writes the roadmap.
    func write(_ roadmap: Roadmap) throws {
        let t = context.text
        let day = CellStyle(numberFormat: "yyyy/mm/dd", hasBorder: true)
        try sheet.write(t("ISMS 認証取得ロードマップ", "Roadmap to the ISMS certificate"), row: 0, column: 0, style: .title)
        try sheet.write(t("計画日（今日）", "Plan date (today)"), row: 1, column: 0, style: .label)
        try sheet.write(Double(roadmap.planDate.excelSerial), row: 1, column: 1, style: day)
        try sheet.write(t("目標日（認証）", "Target (certificate)"), row: 2, column: 0, style: .label)
        try sheet.write(Double(roadmap.target.excelSerial), row: 2, column: 1, style: day)
        var row = 3
        for warning in roadmap.warnings {
            try sheet.write(CostPlanSheet.clip(warning.text(in: context.language)), row: row, column: 0, style: CellStyle.text.markedAsWarning)
            row += 1
        }
        let headerRow = row + 1
        let periods = Self.periods(from: roadmap.firstDay, to: roadmap.lastDay)
        let isWeekly = periods.first.map { $0.end.daysSinceEpoch - $0.start.daysSinceEpoch == 6 } ?? true
        let headers = ["No.", t("手順", "Step"), t("担当", "Owner"), t("開始", "Start"), t("終了", "End"), t("週数", "Weeks")]
        for (column, header) in headers.enumerated() {
            try sheet.write(header, row: headerRow, column: column, style: CellStyle.header.centered)
        }
        let startStyle = CellStyle(isBold: true, fillColor: 0xDDEBF7, numberFormat: isWeekly ? "m/d" : "yyyy/m", hasBorder: true, alignsCenter: true)
        let endStyle = CellStyle(fontSize: 8, fontColor: 0x808080, numberFormat: "m/d", hasBorder: true, alignsCenter: true)
        for (offset, period) in periods.enumerated() {
            try sheet.write(Double(period.start.excelSerial), row: headerRow, column: Self.timelineColumn + offset, style: startStyle)
        }
        // A second header row holds each column's last day, for the formulas.
        try sheet.write(t("（各列の最終日）", "(last day of each column)"), row: headerRow + 1, column: 1, style: endStyle)
        for (offset, period) in periods.enumerated() {
            try sheet.write(Double(period.end.excelSerial), row: headerRow + 1, column: Self.timelineColumn + offset, style: endStyle)
        }
        let firstStepRow = headerRow + 2
        for (offset, entry) in roadmap.entries.enumerated() {
            let r = firstStepRow + offset
            try sheet.write(Double(entry.step.number), row: r, column: 0, style: CellStyle.integer.bordered.centered)
            try sheet.write(entry.step.label(in: context.language), row: r, column: 1, style: CellStyle.text.bordered)
            try sheet.write(CostPlanSheet.clip(entry.owner), row: r, column: 2, style: CellStyle.text.bordered)
            try sheet.write(Double(entry.start.excelSerial), row: r, column: 3, style: day)
            try sheet.write(Double(entry.end.excelSerial), row: r, column: 4, style: day)
            try sheet.write(Double(entry.weeks), row: r, column: 5, style: CellStyle.integer.bordered.centered)
            for column in periods.indices {
                try sheet.writeBlank(row: r, column: Self.timelineColumn + column, style: CellStyle.text.bordered)
            }
        }
        let lastStepRow = firstStepRow + roadmap.entries.count - 1
        let lastColumn = Self.timelineColumn + max(periods.count, 1) - 1
        let firstLetter = ColumnLetters.name(of: Self.timelineColumn)
        let (startRef, endRef) = ("\(firstLetter)$\(headerRow + 1)", "\(firstLetter)$\(headerRow + 2)")
        // Today first: the earlier rule wins where both apply, so the plan date's column stays visible.
        try sheet.highlight(
            (headerRow, Self.timelineColumn, lastStepRow, lastColumn), where: "=AND(\(startRef)<=$B$2,\(endRef)>=$B$2)",
            style: CellStyle(isBold: true, fillColor: 0xF4B183, hasBorder: true))
        try sheet.highlight(
            (firstStepRow, Self.timelineColumn, lastStepRow, lastColumn),
            where: "=AND(\(startRef)<=$E\(firstStepRow + 1),\(endRef)>=$D\(firstStepRow + 1))",
            style: CellStyle(fillColor: 0x5B9BD5, hasBorder: true))
        let legendRow = lastStepRow + 2
        try sheet.write(t("■ 青: 作業期間　■ 橙: 計画日（今日）の列", "■ Blue: the step's period   ■ Orange: the plan date's column"),
                        row: legendRow, column: 1)
        try sheet.setColumnWidth(0, width: 16)
        try sheet.setColumnWidth(1, width: 34)
        try sheet.setColumnWidth(2, width: 18)
        try sheet.setColumnWidths(3...4, width: 11)
        try sheet.setColumnWidth(5, width: 6)
        try sheet.setColumnWidths(Self.timelineColumn...lastColumn, width: isWeekly ? 4.5 : 7.5)
        try sheet.freezePanes(row: headerRow + 2, column: Self.timelineColumn)
        try context.setUpPrinting(sheet, repeatedRows: 0)
    }
}
