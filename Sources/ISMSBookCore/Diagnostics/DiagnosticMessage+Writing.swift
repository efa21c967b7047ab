// Problems found while writing a workbook: Excel's limits.
extension DiagnosticMessage {
    /// A cell longer than Excel's limit, cut in the workbook.
    public static func cellTruncated(limit: Int, sheet: String, cell: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "cell-truncated",
            japanese: "Excel の上限 \(limit) 文字を超えるため \(sheet)!\(cell) で切り詰めました（全文は normalize 出力にあります）",
            english: "text longer than Excel's \(limit) characters, cut at \(sheet)!\(cell); the full text is in `normalize` output")
    }

    /// A register longer than a sheet; it goes on in another sheet.
    public static func sheetContinued(sheet: String) -> DiagnosticMessage {
        DiagnosticMessage(
            code: "sheet-continued",
            japanese: "1 シートの行数上限を超えたため、シート「\(sheet)」に続きます",
            english: "more rows than one sheet holds; continued on sheet '\(sheet)'")
    }
}
