import ISMSBookCore

/// 検証結果 / Validation: every diagnostic of the run, with file, row, column, header and value.
final class ValidationSheet {
    private let table: TableSheetWriter
    private let context: SheetContext

    /// The sheet's name in the workbook's language.
    static func name(_ context: SheetContext) -> String { context.text("検証結果", "Validation") }

    init(workbook: Workbook, context: SheetContext) throws {
        self.context = context
        let t = context.text
        let columns = [
            TableColumn(t("判定", "Severity")),
            TableColumn(t("ファイル", "File")),
            TableColumn(t("行", "Row"), .number),
            TableColumn(t("列", "Column"), .number),
            TableColumn(t("見出し", "Header")),
            TableColumn(t("項目", "Field")),
            TableColumn(t("内容", "Message"), .longText),
            TableColumn(t("値", "Value"), .longText),
            TableColumn(t("コード", "Code")),
        ]
        table = try TableSheetWriter(workbook: workbook, name: Self.name(context), columns: columns, context: context)
    }

    /// Writes the run's diagnostics in the order they were found, then those raised while the
    /// workbook was written, under the run's `policy`, including any raised while this very sheet
    /// is written (a value too long for a cell); returns the latter, as recorded.
    func write(_ diagnostics: [Diagnostic], thenRaisedIn raised: WritingDiagnostics, policy: DiagnosticPolicy) throws -> [Diagnostic] {
        for diagnostic in diagnostics { try write(diagnostic) }
        var recorded: [Diagnostic] = []
        while recorded.count < raised.raised.count {
            let diagnostic = policy.applied(to: raised.raised[recorded.count])
            recorded.append(diagnostic)
            try write(diagnostic)
        }
        return recorded
    }

    private func write(_ diagnostic: Diagnostic) throws {
        let isError = diagnostic.severity == .error
        let severity = StyledCell(
            .text(isError ? context.text("エラー", "Error") : context.text("警告", "Warning")), mark: isError ? .error : .warning)
        let location = diagnostic.location
        try table.append(
            [
                severity, StyledCell(.text(location.file)), StyledCell(.integer(location.row)),
                StyledCell(.integer(location.column)), StyledCell(.text(location.columnName)), StyledCell(.text(diagnostic.field?.rawValue)),
                StyledCell(.text(diagnostic.message.text(in: context.language))), StyledCell(.text(diagnostic.value)),
                StyledCell(.text(diagnostic.code)),
            ], source: nil)
    }

    /// Widths, filter, frozen header, printing.
    func finish() throws { try table.finish() }
}
