import ArgumentParser
import ISMSBookCore

/// The auditor's binder for `build`: the Statement of Applicability, the supplier and legal
/// registers, and the internal-audit checklist.
struct BinderOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "SoA decisions (CSV, TSV or .xlsx: control, applicable, justification, implemented, evidence, owner): adds 適用宣言書/Statement of Applicability.",
        valueName: "file"))
    var soa: String?

    @Option(help: ArgumentHelp(
        "Supplier register (CSV, TSV or .xlsx: supplier, work, entrusted asset ids, NDA, last check, result, next check): adds 委託先管理台帳/Suppliers.",
        valueName: "file"))
    var suppliers: String?

    @Option(help: ArgumentHelp(
        "Legal register (CSV, TSV or .xlsx: law, applies, department, last reviewed; samples/binder/法令一覧.csv lists the main Japanese laws): adds 法令一覧/Legal register.",
        valueName: "file"))
    var laws: String?

    @Flag(help: "Add 内部監査チェックリスト/Audit checklist: one line per applicable control and department, with a result drop-down.")
    var auditChecklist = false

    @Option(help: ArgumentHelp(
        "Internal auditors (CSV, TSV or .xlsx: auditor, department) to assign in the checklist; no one audits their own department.",
        valueName: "file"))
    var auditors: String?

    @Option(help: ArgumentHelp(
        "Departments the checklist covers, comma-separated (default: those of the asset register's department column).",
        valueName: "list"))
    var auditDepartments: String?

    func validate() throws {
        if auditors != nil && !auditChecklist { throw ValidationError("--auditors goes with --audit-checklist") }
        if auditDepartments != nil && !auditChecklist { throw ValidationError("--audit-departments goes with --audit-checklist") }
        if let auditDepartments, departments(auditDepartments).isEmpty {
            throw ValidationError("--audit-departments names no department")
        }
    }

    /// Every file the binder reads.
    var files: [String] { [soa, suppliers, laws, auditors].compactMap { $0 } }

    /// The binder's inputs for a run generated on `date`, or `nil` when no binder option is given.
    func inputs(date: CalendarDate) -> BinderInputs? {
        var inputs = BinderInputs(date: date, soaFile: soa, supplierFile: suppliers, lawFile: laws)
        inputs.writesAuditChecklist = auditChecklist
        inputs.auditorFile = auditors
        inputs.auditDepartments = auditDepartments.map(departments)
        return inputs.isEmpty ? nil : inputs
    }

    /// `経理部, 人事部` or `経理部、人事部` → the names, trimmed, in order, without repeats.
    private func departments(_ list: String) -> [String] {
        var names: [String] = []
        for part in list.split(whereSeparator: { $0 == "," || $0 == "、" }) {
            let name = TextNormaliser.normalise(String(part))
            if !name.isEmpty && !names.contains(name) { names.append(name) }
        }
        return names
    }
}
