import ISMSBookCore

/// 法令一覧 / Legal register: each law or regulation, whether it applies, who owns it, what it
/// requires, its last review and when the next is due, and a status, then the register's own
/// columns.
final class LegalRegisterSheet {
    private let table: TableSheetWriter
    private let context: SheetContext
    private let extraColumns: [String]

    /// The sheet's name in the workbook's language.
    static func name(_ context: SheetContext) -> String { context.text("法令一覧", "Legal register") }

    private static func columns(_ context: SheetContext) -> [TableColumn] {
        let t = context.text
        return [
            TableColumn(t("法令", "Law or regulation"), .longText),
            TableColumn(t("適用", "Applies")),
            TableColumn(t("所管部署", "Department")),
            TableColumn(t("主な要求事項", "Requirements"), .longText),
            TableColumn(t("最終確認日", "Last reviewed"), .date),
            TableColumn(t("次回確認期限", "Next review due"), .date),
            TableColumn(t("状況", "Status")),
            TableColumn(t("備考", "Notes"), .longText),
        ] + RowMarking.columns(context) + [TableColumn(t("出典", "Source"))]
    }

    init(workbook: Workbook, context: SheetContext, extraColumns: [String]) throws {
        self.context = context
        self.extraColumns = extraColumns
        let columns = Self.columns(context) + extraColumns.map { TableColumn($0, .longText) }
        table = try TableSheetWriter(workbook: workbook, name: Self.name(context), columns: columns, context: context)
    }

    /// Writes every law, in file order.
    func write(_ laws: [LawRecord]) throws {
        for law in laws { try write(law) }
    }

    private func write(_ law: LawRecord) throws {
        let t = context.text
        let marking = RowMarking(diagnostics: law.diagnostics, context: context)
        let invalid = law.invalidCells
        let applies: TableCell = invalid[.applies].map { .text($0) }
            ?? .text(law.applies.map { $0 ? t("該当", "Yes") : t("非該当", "No") } ?? t("未記入", "Not stated"))
        let (status, statusMark) = Self.status(of: law, context)
        let marks = marking.marks
        func mark(_ field: LawField) -> StyledCell.Mark { marks[FieldKey(field)] ?? .none }
        var cells = [
            StyledCell(.text(law.law), mark: mark(.law)),
            StyledCell(applies, mark: law.applies == nil && mark(.applies) == .none ? .warning : mark(.applies)),
            StyledCell(.text(law.department), mark: mark(.department)),
            StyledCell(.text(law.requirements), mark: mark(.requirements)),
            StyledCell(invalid[.lastReviewed].map { .text($0) } ?? .date(law.lastReviewed), mark: mark(.lastReviewed)),
            StyledCell(.date(law.needsReview ? law.reviewDue : nil)),
            StyledCell(.text(status), mark: statusMark),
            StyledCell(.text(law.notes), mark: mark(.notes)),
        ]
        cells += [marking.statusCell, marking.messagesCell, StyledCell(.text(law.source.description))]
        cells += law.extras.aligned(to: extraColumns)
        try table.append(cells, source: SourceLocation(file: law.source.file, row: law.source.row))
    }

    /// Where a law's review stands.
    static func status(of law: LawRecord, _ context: SheetContext) -> (String, StyledCell.Mark) {
        guard law.needsReview else { return (context.text("対象外", "Not applicable"), .none) }
        if law.isReviewOverdue { return (context.text("確認期限超過", "Review overdue"), .warning) }
        if law.lastReviewed == nil { return (context.text("未確認", "Not reviewed"), .warning) }
        return (context.text("確認済", "Reviewed"), .none)
    }

    /// Widths, filter, frozen header, printing.
    func finish() throws { try table.finish() }
}
