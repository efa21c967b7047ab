import ISMSBookCore

/// 委託先管理台帳 / Suppliers: each supplier with its outsourced work, the assets entrusted to it
/// (and the highest of their values), its NDA or contract clause, its security checks and a status
/// that says what needs doing, then the register's own columns.
final class SupplierRegisterSheet {
    private let table: TableSheetWriter
    private let context: SheetContext
    private let extraColumns: [String]

    /// The sheet's name in the workbook's language.
    static func name(_ context: SheetContext) -> String { context.text("委託先管理台帳", "Suppliers") }

    private static func columns(_ context: SheetContext) -> [TableColumn] {
        let t = context.text
        return [
            TableColumn(t("委託先ID", "Supplier ID")),
            TableColumn(t("委託先", "Supplier"), .longText),
            TableColumn(t("委託業務", "Outsourced work"), .longText),
            TableColumn(t("委託する情報資産", "Entrusted assets")),
            TableColumn(t("資産の最高重要度", "Highest asset value"), .number),
            TableColumn(t("NDA・契約条項", "NDA / clause")),
            TableColumn(t("最終確認日", "Last check"), .date),
            TableColumn(t("確認結果", "Result"), .longText),
            TableColumn(t("次回確認期限", "Next check due"), .date),
            TableColumn(t("状況", "Status")),
            TableColumn(t("担当部署", "Department")),
            TableColumn(t("備考", "Notes"), .longText),
        ] + RowMarking.columns(context) + [TableColumn(t("出典", "Source"))]
    }

    init(workbook: Workbook, context: SheetContext, extraColumns: [String]) throws {
        self.context = context
        self.extraColumns = extraColumns
        let columns = Self.columns(context) + extraColumns.map { TableColumn($0, .longText) }
        table = try TableSheetWriter(workbook: workbook, name: Self.name(context), columns: columns, context: context)
    }

    /// Writes every supplier, in file order.
    func write(_ suppliers: [SupplierRecord]) throws {
        for supplier in suppliers { try write(supplier) }
    }

    private func write(_ supplier: SupplierRecord) throws {
        let t = context.text
        let marking = RowMarking(diagnostics: supplier.diagnostics, context: context)
        let invalid = supplier.invalidCells
        let nda: TableCell = invalid[.nda].map { .text($0) }
            ?? .text(supplier.hasNDA.map { $0 ? t("あり", "Yes") : t("なし", "No") } ?? t("未記入", "Not stated"))
        let assets: TableCell = invalid[.assets].map { .text($0) } ?? .text(supplier.assetIDs.isEmpty ? nil : supplier.assetIDs.joined(separator: ", "))
        // The due date shown is the one the check is held to: as written, or a year after the last check.
        let due: TableCell = invalid[.nextDue].map { .text($0) } ?? .date(supplier.checkDue)
        let (status, statusMark) = Self.status(of: supplier, context)
        let marks = marking.marks
        func mark(_ field: SupplierField) -> StyledCell.Mark { marks[FieldKey(field)] ?? .none }
        var cells = [
            StyledCell(.text(supplier.id), mark: mark(.id)), StyledCell(.text(supplier.name), mark: mark(.name)),
            StyledCell(.text(supplier.work), mark: mark(.work)), StyledCell(assets, mark: mark(.assets)),
            StyledCell(.integer(supplier.highestAssetValue)), StyledCell(nda, mark: mark(.nda)),
            StyledCell(invalid[.lastChecked].map { .text($0) } ?? .date(supplier.lastChecked), mark: mark(.lastChecked)),
            StyledCell(.text(supplier.result), mark: mark(.result)), StyledCell(due, mark: mark(.nextDue)),
            StyledCell(.text(status), mark: statusMark), StyledCell(.text(supplier.department), mark: mark(.department)),
            StyledCell(.text(supplier.notes), mark: mark(.notes)),
        ]
        cells += [marking.statusCell, marking.messagesCell, StyledCell(.text(supplier.source.description))]
        cells += supplier.extras.aligned(to: extraColumns)
        try table.append(cells, source: SourceLocation(file: supplier.source.file, row: supplier.source.row))
    }

    /// What needs doing about a supplier, most pressing first.
    static func status(of supplier: SupplierRecord, _ context: SheetContext) -> (String, StyledCell.Mark) {
        var findings: [String] = []
        if supplier.lacksNDAForHighValueAssets { findings.append(context.text("重要資産に NDA なし", "High-value assets, no NDA")) }
        if supplier.isCheckOverdue { findings.append(context.text("確認期限超過", "Check overdue")) }
        if supplier.checkDue == nil { findings.append(context.text("未確認", "Never checked")) }
        if !supplier.unknownAssetIDs.isEmpty { findings.append(context.text("台帳にない資産", "Unknown assets")) }
        guard !findings.isEmpty else { return (context.text("確認済", "Checked"), .none) }
        let mark: StyledCell.Mark = supplier.lacksNDAForHighValueAssets || !supplier.unknownAssetIDs.isEmpty ? .error : .warning
        return (findings.joined(separator: "\n"), mark)
    }

    /// Widths, filter, frozen header, printing.
    func finish() throws { try table.finish() }
}
