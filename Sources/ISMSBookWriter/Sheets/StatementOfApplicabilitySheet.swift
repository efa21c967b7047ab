import ISMSBookCore

/// 適用宣言書 / Statement of Applicability: all 93 controls of ISO/IEC 27001:2022 Annex A, grouped
/// by theme under a heading row with the theme's counts, then a total row.
///
/// Each control shows whether it applies and why, the risks whose treatment names it, its
/// implementation status, evidence and owner, the check result of its row, and the SoA rows it
/// came from (with the 2013 id when the file cites the old edition).
final class StatementOfApplicabilitySheet {
    private let table: TableSheetWriter
    private let context: SheetContext
    private let extraColumns: [String]

    /// The most risk ids written into the reason of a control that only the risks make applicable;
    /// the linked-risks column lists more.
    static let idsInReason = 10

    /// The sheet's name in the workbook's language.
    static func name(_ context: SheetContext) -> String { context.text("適用宣言書", "Statement of Applicability") }

    private static func columns(_ context: SheetContext) -> [TableColumn] {
        let t = context.text
        return [
            TableColumn(t("管理策", "Control")),
            TableColumn(t("管理策名", "Title"), .longText),
            TableColumn(t("適用", "Applicability")),
            TableColumn(t("適用・除外の理由", "Justification"), .longText),
            TableColumn(t("関連リスク", "Linked risks"), .longText),
            TableColumn(t("リスク件数", "Risks"), .number),
            TableColumn(t("実施状況", "Implementation")),
            TableColumn(t("証跡", "Evidence"), .longText),
            TableColumn(t("責任者", "Owner")),
            TableColumn(t("備考", "Notes"), .longText),
        ] + RowMarking.columns(context) + [TableColumn(t("出典", "Source"))]
    }

    /// The fill of the theme heading and total rows.
    static let headingFill: UInt32 = 0xE2EFDA

    init(workbook: Workbook, context: SheetContext, extraColumns: [String]) throws {
        self.context = context
        self.extraColumns = extraColumns
        let columns = Self.columns(context) + extraColumns.map { TableColumn($0, .longText) }
        table = try TableSheetWriter(workbook: workbook, name: Self.name(context), columns: columns, context: context)
    }

    /// Writes the statement: each theme's heading and controls, then the total.
    func write(_ soa: StatementOfApplicability) throws {
        for theme in AnnexAControl.Theme.allCases {
            try heading("A.\(theme.rawValue)", ThemeLabel.label(theme, context), soa.counts(in: theme))
            for row in soa.rows where row.control.theme == theme { try write(row) }
        }
        try heading(context.text("計", "Total"), context.text("全管理策", "All controls"), soa.counts())
    }

    private func heading(_ id: String, _ title: String, _ counts: StatementOfApplicability.Counts) throws {
        let t = context.text
        let fill = StyledCell.Mark.fill(Self.headingFill)
        var decided = [t("適用", "applicable") + " \(counts.applicable)", t("除外", "excluded") + " \(counts.excluded)"]
        if counts.undecided > 0 { decided.append(t("未決定", "undecided") + " \(counts.undecided)") }
        let contents: [TableCell] = [
            .text(id), .text(t("\(title)（\(counts.controls)）", "\(title) (\(counts.controls))")), .text(decided.joined(separator: t("・", ", "))), .empty,
            .text(t("リスクが参照する管理策 \(counts.namedByRisks)", "\(counts.namedByRisks) named by risks")), .empty,
            .text(t("実施済 \(counts.implemented)/\(counts.applicable)", "\(counts.implemented)/\(counts.applicable) implemented")),
        ]
        let width = Self.columns(context).count + extraColumns.count
        let cells = (0..<width).map { StyledCell($0 < contents.count ? contents[$0] : .empty, mark: fill) }
        try table.append(cells, source: nil)
    }

    private func write(_ row: StatementOfApplicability.Row) throws {
        let t = context.text
        let marking = RowMarking(diagnostics: row.diagnostics, context: context)
        let marks = marking.marks
        func mark(_ field: SoAField) -> StyledCell.Mark { marks[FieldKey(field)] ?? .none }
        let applicabilityMark = row.applicability == .undecided && mark(.applicable) == .none ? .warning : mark(.applicable)
        var implementationMark = mark(.implemented)
        let title = context.language == .japanese ? row.control.japanese : row.control.english
        let applicability: TableCell = row.invalidCells[.applicable].map { .text($0) } ?? .text(row.applicability.label(in: context.language))
        var implementation: TableCell = row.invalidCells[.implemented].map { .text($0) }
            ?? .text(row.implementation?.label(in: context.language))
        if row.applicability == .applicable && row.implementation == nil && row.invalidCells[.implemented] == nil {
            implementation = .text(t("未記入", "Not stated"))
            if implementationMark == .none { implementationMark = .warning }
        }
        var cells = [
            StyledCell(.text(row.control.id), mark: mark(.control)), StyledCell(.text(title), mark: mark(.title)),
            StyledCell(applicability, mark: applicabilityMark), StyledCell(.text(reason(row)), mark: mark(.justification)),
            StyledCell(.text(RiskIDList.text(row.riskIDs, count: row.riskCount, context))),
            StyledCell(.integer(row.riskCount > 0 ? row.riskCount : nil)), StyledCell(implementation, mark: implementationMark),
            StyledCell(.text(row.evidence), mark: mark(.evidence)), StyledCell(.text(row.owner), mark: mark(.owner)),
            StyledCell(.text(row.notes), mark: mark(.notes)),
        ]
        cells += [marking.statusCell, marking.messagesCell, StyledCell(.text(sources(row)))]
        cells += row.extras.aligned(to: extraColumns)
        try table.append(cells, source: row.sources.first.map { SourceLocation(file: $0.file, row: $0.row) })
    }

    /// The reason given in the SoA; for a control that only the risks make applicable, the risks.
    private func reason(_ row: StatementOfApplicability.Row) -> String? {
        if let justification = row.justification { return justification }
        guard row.isImpliedByRisks, let ids = RiskIDList.text(Array(row.riskIDs.prefix(Self.idsInReason)), count: row.riskCount, context)
        else { return nil }
        return context.text("リスク対応: ", "Risk treatment: ") + ids
    }

    /// The SoA rows that decided the control, one per line, with the 2013 id they cite.
    private func sources(_ row: StatementOfApplicability.Row) -> String {
        var lines = row.sources.map(\.description)
        if !row.citedAs.isEmpty, !lines.isEmpty {
            lines[lines.count - 1] += " (" + context.text("2013年版 ", "2013: ") + row.citedAs.joined(separator: ", ") + ")"
        }
        return lines.joined(separator: "\n")
    }

    /// Widths, filter, frozen header, printing.
    func finish() throws { try table.finish() }
}

/// A list of risk ids for a cell: the ids listed, then how many more there are.
enum RiskIDList {
    /// `R-001, R-004` or `R-001, …, R-050 ほか 12 件`.
    static func text(_ ids: [String], count: Int, _ context: SheetContext) -> String? {
        guard !ids.isEmpty else { return nil }
        let listed = ids.joined(separator: ", ")
        let more = count - ids.count
        guard more > 0 else { return listed }
        return listed + context.text(" ほか \(more) 件", " …and \(more) more")
    }
}

/// The Annex A themes' names.
enum ThemeLabel {
    /// `組織的管理策` / `Organizational controls`.
    static func label(_ theme: AnnexAControl.Theme, _ context: SheetContext) -> String {
        switch theme {
        case .organizational: context.text("組織的管理策", "Organizational controls")
        case .people: context.text("人的管理策", "People controls")
        case .physical: context.text("物理的管理策", "Physical controls")
        case .technological: context.text("技術的管理策", "Technological controls")
        }
    }
}
