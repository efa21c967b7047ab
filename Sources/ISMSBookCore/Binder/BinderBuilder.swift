/// Builds the binder during a pipeline run: notes what it needs from the asset and risk rows as
/// they stream past, then reads the binder's own files and applies the rules.
///
/// What it keeps while the registers stream is bounded: the risk ids per control (capped, see
/// ``ControlReferences``) and the names of at most ``maximumDepartments`` departments.
final class BinderBuilder {
    /// Departments kept from the asset register for the checklist's scope; a register whose
    /// department column holds more distinct values than this is not a list of departments.
    static let maximumDepartments = 1_000

    let inputs: BinderInputs
    private let levelScale: Int
    private let soaFile: BinderFile<SoAField>?
    private let supplierFile: BinderFile<SupplierField>?
    private let lawFile: BinderFile<LawField>?
    private let auditorFile: BinderFile<AuditorField>?
    private var references = ControlReferences()
    private var departments: [String] = []
    private var departmentKeys: Set<String> = []

    /// Opens the binder's files, so an unreadable one fails the run before it starts.
    ///
    /// - Throws: ``InputError`` when a file cannot be opened or read.
    init(inputs: BinderInputs, options: RegisterPipeline.Options) throws {
        self.inputs = inputs
        levelScale = options.profile.levelScale
        soaFile = try inputs.soaFile.map { try BinderFile(path: $0, kind: .soa, options: options) }
        supplierFile = try inputs.supplierFile.map { try BinderFile(path: $0, kind: .suppliers, options: options) }
        lawFile = try inputs.lawFile.map { try BinderFile(path: $0, kind: .laws, options: options) }
        auditorFile = try inputs.writesAuditChecklist
            ? inputs.auditorFile.map { try BinderFile(path: $0, kind: .auditors, options: options) } : nil
    }

    /// The binder's sheets and their extra columns.
    var layout: BinderLayout {
        var layout = BinderLayout()
        layout.showsSoA = inputs.writesSoA
        layout.soaExtraColumns = soaFile?.extraColumns ?? []
        layout.showsSuppliers = supplierFile != nil
        layout.supplierExtraColumns = supplierFile?.extraColumns ?? []
        layout.showsLaws = lawFile != nil
        layout.lawExtraColumns = lawFile?.extraColumns ?? []
        layout.showsAuditChecklist = inputs.writesAuditChecklist
        return layout
    }

    private var needsControls: Bool { inputs.writesSoA || inputs.writesAuditChecklist }

    /// Notes an asset's department, for the checklist's scope.
    func note(_ asset: AssetRecord) {
        guard inputs.writesAuditChecklist, inputs.auditDepartments == nil, let department = asset.department,
            departments.count < Self.maximumDepartments
        else { return }
        if departmentKeys.insert(TextNormaliser.key(department)).inserted { departments.append(department) }
    }

    /// Notes the controls a risk names.
    func note(_ risk: RiskRecord) {
        if needsControls { references.add(risk) }
    }

    /// Reads the binder's files and builds its report; each file's line goes into `inputs`.
    ///
    /// - Throws: ``InputError`` when reading a file fails midway.
    func finish(assets: AssetIndex, collector: DiagnosticCollector, inputs lines: inout [BuildReport.Input]) throws -> BinderReport {
        var report = BinderReport()
        // Read in the order of the sheets, so the diagnostics come in that order too.
        var soa: StatementOfApplicability?
        if needsControls {
            var decisions: [String: SoADecision] = [:]
            if let soaFile {
                let read = try SoAReader(file: soaFile, collector: collector).read()
                decisions = read.decisions
                lines.append(read.input)
            }
            soa = SoABuilder.build(
                decisions: decisions, references: references, file: soaFile?.path, sheet: soaFile?.sheet, extraColumns: soaFile?.extraColumns ?? [],
                reportsUndecided: inputs.writesSoA, collector: collector)
            if inputs.writesSoA { report.soa = soa }
        }
        if let supplierFile {
            let read = try SupplierReader(file: supplierFile, assets: assets, date: inputs.date, levelScale: levelScale, collector: collector)
                .read()
            report.suppliers = read.suppliers
            lines.append(read.input)
        }
        if let lawFile {
            let read = try LawReader(file: lawFile, date: inputs.date, collector: collector).read()
            report.laws = read.laws
            lines.append(read.input)
        }
        if inputs.writesAuditChecklist, let soa {
            var auditors: [Auditor]?
            if let auditorFile {
                let read = try AuditorReader(file: auditorFile, collector: collector).read()
                auditors = read.auditors
                lines.append(read.input)
            }
            report.checklist = AuditChecklist.make(
                departments: inputs.auditDepartments ?? departments, soa: soa, auditors: auditors, auditorFile: auditorFile?.path,
                auditorSheet: auditorFile?.sheet, collector: collector)
        }
        return report
    }
}
