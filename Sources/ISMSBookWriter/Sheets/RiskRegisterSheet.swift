import ISMSBookCore

/// リスクアセスメント / Risk register: the schema's risk columns, with the score and the level
/// coloured by band through conditional formatting.
final class RiskRegisterSheet {
    private let sheet: RegisterSheet<RiskField>
    private let context: SheetContext
    private let profile: ScoringProfile

    /// The sheet's name.
    static let name = LocalizedText("リスクアセスメント", "Risk register")

    init(workbook: Workbook, context: SheetContext, extraColumns: [String], profile: ScoringProfile) throws {
        self.context = context
        self.profile = profile
        sheet = try RegisterSheet(workbook: workbook, name: Self.name, context: context, extraColumns: extraColumns)
    }

    /// Writes one risk.
    func write(_ risk: RiskRecord) throws { try sheet.write(risk) }

    /// The data rows written.
    var rowCount: Int { sheet.rowCount }

    /// Band colours as conditional formats on the score and level columns, before and after
    /// treatment, then the table finish.
    func finish() throws {
        try colourBands(score: .score, level: .level)
        try colourBands(score: .residualScore, level: .residualLevel)
        try sheet.finish()
    }

    private func colourBands(score: RiskField, level: RiskField) throws {
        if let scoreColumn = sheet.column(of: score), let levelColumn = sheet.column(of: level) {
            var lower = 1
            for band in profile.bands {
                for (worksheet, lastRow) in sheet.lastRows {
                    try worksheet.highlightNumbers(
                        in: (1, scoreColumn, lastRow), minimum: lower, maximum: band.maximum, style: CellStyle.integer.centered.filled(band.color))
                    try worksheet.highlightText(
                        in: (1, levelColumn, lastRow), equalTo: band.label(in: context.language), style: CellStyle.text.filled(band.color))
                }
                lower = band.maximum + 1
            }
        }
    }
}
