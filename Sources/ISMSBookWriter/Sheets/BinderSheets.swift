import ISMSBookCore

/// The binder's sheets of a workbook: 適用宣言書 / Statement of Applicability, 委託先管理台帳 /
/// Suppliers, 法令一覧 / Legal register and 内部監査チェックリスト / Audit checklist, each when the
/// layout asks for it, in that order.
///
/// The sheets are added when the workbook begins, so they take their place in the sheet order; they
/// are filled at the end, from the report, since the binder's files are read after the risks.
final class BinderSheets {
    private let soa: StatementOfApplicabilitySheet?
    private let suppliers: SupplierRegisterSheet?
    private let laws: LegalRegisterSheet?
    private let checklist: AuditChecklistSheet?

    /// Adds the sheets the layout asks for.
    init(workbook: Workbook, context: SheetContext, layout: BinderLayout) throws {
        soa = layout.showsSoA ? try StatementOfApplicabilitySheet(workbook: workbook, context: context, extraColumns: layout.soaExtraColumns) : nil
        suppliers = layout.showsSuppliers
            ? try SupplierRegisterSheet(workbook: workbook, context: context, extraColumns: layout.supplierExtraColumns) : nil
        laws = layout.showsLaws ? try LegalRegisterSheet(workbook: workbook, context: context, extraColumns: layout.lawExtraColumns) : nil
        checklist = layout.showsAuditChecklist ? try AuditChecklistSheet(workbook: workbook, context: context) : nil
    }

    /// Fills the sheets; a sheet whose part of the report is missing keeps its header row alone.
    func write(_ report: BinderReport?) throws {
        if let soa, let statement = report?.soa { try soa.write(statement) }
        if let suppliers, let list = report?.suppliers { try suppliers.write(list) }
        if let laws, let list = report?.laws { try laws.write(list) }
        if let checklist, let list = report?.checklist { try checklist.write(list) }
    }

    /// The data rows written for each supplier and legal register file (the SoA and the auditors'
    /// list are merged into other rows, not copied).
    func rowsWritten(_ report: BinderReport?) -> [String: Int] {
        var rows: [String: Int] = [:]
        let sources = (suppliers != nil ? report?.suppliers?.map(\.source) ?? [] : []) + (laws != nil ? report?.laws?.map(\.source) ?? [] : [])
        for source in sources { rows[AuditWorkbook.inputKey(file: source.file, sheet: source.sheet), default: 0] += 1 }
        return rows
    }

    /// Widths, filters, frozen headers, printing.
    func finish() throws {
        try soa?.finish()
        try suppliers?.finish()
        try laws?.finish()
        try checklist?.finish()
    }
}
