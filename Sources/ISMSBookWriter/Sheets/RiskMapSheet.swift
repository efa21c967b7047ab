import ISMSBookCore

/// リスクマップ / Risk map: the number of risks in each cell of the method's matrix, each cell
/// coloured by the band of its score; below it, the score of each cell and the legend.
struct RiskMapSheet {
    let sheet: Worksheet
    let context: SheetContext

    /// The sheet's name in the workbook's language.
    static func name(_ context: SheetContext) -> String { context.text("リスクマップ", "Risk map") }

    /// Writes the map.
    func write(_ report: BuildReport) throws {
        let profile = report.profile
        let matrix = report.matrix
        let t = context.text
        try sheet.write(t("リスクマップ", "Risk map") + " — " + profile.method.description(in: context.language),
                        row: 0, column: 0, style: .title)
        try sheet.write(
            t("各セルはリスクの件数、色はそのセルのリスク値のレベルです。受容基準: リスク値 \(profile.acceptanceThreshold) 以下。",
              "Each cell is a count of risks, coloured by the level of the cell's score. Accepted: score ≤ \(profile.acceptanceThreshold)."),
            row: 1, column: 0)

        var row = 3
        row = try grid(matrix, profile: profile, startRow: row, title: t("件数", "Risks")) { r, c in matrix.counts[r][c] }
        row += 1
        row = try grid(matrix, profile: profile, startRow: row, title: t("リスク値", "Score")) { r, c in matrix.score(row: r, column: c) }
        row += 1
        try legend(profile, report: report, startRow: row)

        try sheet.setColumnWidth(0, width: 30)
        for column in 1...max(matrix.columns.values.count, 4) { try sheet.setColumnWidth(column, width: 10) }
        try context.setUpPrinting(sheet, repeatedRows: 0)
    }

    /// One matrix; returns the next free row.
    private func grid(
        _ matrix: RiskMatrix, profile: ScoringProfile, startRow: Int, title: String, value: (Int, Int) -> Int
    ) throws -> Int {
        let corner = "\(title): \(matrix.rows.title(in: context.language)) ＼ \(matrix.columns.title(in: context.language))"
        try sheet.write(corner, row: startRow, column: 0, style: CellStyle.header)
        for (index, label) in matrix.columns.values.enumerated() {
            try sheet.write(Double(label), row: startRow, column: index + 1, style: CellStyle.header.centered)
        }
        for (r, label) in matrix.rows.values.enumerated() {
            let row = startRow + 1 + r
            try sheet.write(Double(label), row: row, column: 0, style: CellStyle.label.bordered.centered)
            for c in matrix.columns.values.indices {
                let color = profile.band(for: matrix.score(row: r, column: c))?.color ?? 0xFFFFFF
                try sheet.write(Double(value(r, c)), row: row, column: c + 1, style: CellStyle.integer.centered.bordered.filled(color))
            }
        }
        return startRow + matrix.rows.values.count + 2
    }

    private func legend(_ profile: ScoringProfile, report: BuildReport, startRow: Int) throws {
        let t = context.text
        let headers = [t("リスクレベル", "Level"), t("リスク値", "Scores"), t("件数", "Risks"), t("受容", "Accepted")]
        for (column, header) in headers.enumerated() {
            try sheet.write(header, row: startRow, column: column, style: .header)
        }
        var lower = 1
        for (index, band) in profile.bands.enumerated() {
            let row = startRow + 1 + index
            let range = lower == band.maximum ? "\(lower)" : "\(lower)–\(band.maximum)"
            let accepted = band.maximum <= profile.acceptanceThreshold ? t("受容可", "Yes")
                : (lower > profile.acceptanceThreshold ? t("要対応", "No") : t("一部", "Partly"))
            try sheet.write(band.label(in: context.language), row: row, column: 0, style: CellStyle.text.bordered.filled(band.color))
            try sheet.write(range, row: row, column: 1, style: CellStyle.text.bordered.centered)
            try sheet.write(Double(report.risksByBand[band.name] ?? 0), row: row, column: 2, style: CellStyle.integer.bordered.centered)
            try sheet.write(accepted, row: row, column: 3, style: CellStyle.text.bordered.centered)
            lower = band.maximum + 1
        }
    }
}
