import ISMSBookCore

/// リスクマップ / Risk map: the number of risks in each cell of the method's matrix before treatment
/// and, beside it, after treatment (対策前 / 対策後), each cell coloured by the band of its score;
/// below them, the score of each cell and the legend.
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
        let residualColumn = matrix.columns.values.count + 2
        // Side by side, written row by row: the workbook streams each sheet top to bottom.
        row = try grids(matrix, profile: profile, startRow: row, panels: [
            Panel(column: 0, title: t("件数（対策前）", "Risks before treatment")) { r, c in matrix.counts[r][c] },
            Panel(column: residualColumn, title: t("件数（対策後）", "Risks after treatment")) { r, c in report.residualMatrix.counts[r][c] },
        ])
        row += 1
        row = try grids(matrix, profile: profile, startRow: row, panels: [
            Panel(column: 0, title: t("リスク値", "Score")) { r, c in matrix.score(row: r, column: c) },
        ])
        row += 1
        try legend(profile, report: report, startRow: row)

        try sheet.setColumnWidth(0, width: 30)
        for column in 1...max(matrix.columns.values.count, 4) { try sheet.setColumnWidth(column, width: 10) }
        try sheet.setColumnWidth(residualColumn, width: 30)
        for column in residualColumn + 1...residualColumn + matrix.columns.values.count { try sheet.setColumnWidth(column, width: 10) }
        try context.setUpPrinting(sheet, repeatedRows: 0)
    }

    /// One matrix of the map, placed from a column.
    private struct Panel {
        var column: Int
        var title: String
        var value: (Int, Int) -> Int
    }

    /// Matrices side by side, one per panel; returns the next free row.
    private func grids(_ matrix: RiskMatrix, profile: ScoringProfile, startRow: Int, panels: [Panel]) throws -> Int {
        for panel in panels {
            let corner = "\(panel.title): \(matrix.rows.title(in: context.language)) ＼ \(matrix.columns.title(in: context.language))"
            try sheet.write(corner, row: startRow, column: panel.column, style: CellStyle.header)
            for (index, label) in matrix.columns.values.enumerated() {
                try sheet.write(Double(label), row: startRow, column: panel.column + index + 1, style: CellStyle.header.centered)
            }
        }
        for (r, label) in matrix.rows.values.enumerated() {
            let row = startRow + 1 + r
            for panel in panels {
                try sheet.write(Double(label), row: row, column: panel.column, style: CellStyle.label.bordered.centered)
                for c in matrix.columns.values.indices {
                    let color = profile.band(for: matrix.score(row: r, column: c))?.color ?? 0xFFFFFF
                    try sheet.write(
                        Double(panel.value(r, c)), row: row, column: panel.column + c + 1,
                        style: CellStyle.integer.centered.bordered.filled(color))
                }
            }
        }
        return startRow + matrix.rows.values.count + 2
    }

    private func legend(_ profile: ScoringProfile, report: BuildReport, startRow: Int) throws {
        let t = context.text
        let headers = [t("リスクレベル", "Level"), t("リスク値", "Scores"), t("件数（対策前）", "Before"), t("受容", "Accepted"),
                       t("件数（対策後）", "After")]
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
            try sheet.write(Double(report.risksByResidualBand[band.name] ?? 0), row: row, column: 4, style: CellStyle.integer.bordered.centered)
            lower = band.maximum + 1
        }
    }
}
