/// What the auditor's binder adds to a run: the Statement of Applicability, the supplier and legal
/// registers and the internal-audit checklist, each from its own file or option.
///
/// Given to ``RegisterPipeline``, which reads these files after the risk register, when the
/// asset index and the controls the risks name are known.
public struct BinderInputs: Sendable {
    /// The SoA decisions (`--soa`), if any.
    public var soaFile: String?
    /// Whether the Statement of Applicability is part of the output: with `--soa`, and always for
    /// `ismsbook soa`, which derives it from the risks alone when no file is given.
    public var writesSoA: Bool
    /// The supplier register (`--suppliers`), if any.
    public var supplierFile: String?
    /// The legal register (`--laws`), if any.
    public var lawFile: String?
    /// Whether the internal-audit checklist is part of the output (`--audit-checklist`).
    public var writesAuditChecklist = false
    /// The auditors and their departments (`--auditors`), if any.
    public var auditorFile: String?
    /// The departments the internal audit covers (`--audit-departments`); `nil` to take those of
    /// the asset register's department column, in first-seen order.
    public var auditDepartments: [String]?
    /// The generation date: suppliers' checks and laws' reviews are overdue relative to it.
    public var date: CalendarDate

    /// Inputs for a run generated on `date`, with the SoA written when `soaFile` is given.
    public init(date: CalendarDate, soaFile: String? = nil, supplierFile: String? = nil, lawFile: String? = nil) {
        self.date = date
        self.soaFile = soaFile
        writesSoA = soaFile != nil
        self.supplierFile = supplierFile
        self.lawFile = lawFile
    }

    /// Whether the binder adds anything at all.
    public var isEmpty: Bool { !writesSoA && supplierFile == nil && lawFile == nil && !writesAuditChecklist }

    /// Every file the binder reads, for the check that no output overwrites an input.
    public var files: [String] { [soaFile, supplierFile, lawFile, auditorFile].compactMap { $0 } }
}

/// The binder's sheets, as known before the first row: which are written, and their extra columns.
public struct BinderLayout: Sendable, Equatable {
    /// Whether the Statement of Applicability is written.
    public var showsSoA = false
    /// The SoA file's own columns.
    public var soaExtraColumns: [String] = []
    /// Whether the supplier register is written.
    public var showsSuppliers = false
    /// The supplier register's own columns.
    public var supplierExtraColumns: [String] = []
    /// Whether the legal register is written.
    public var showsLaws = false
    /// The legal register's own columns.
    public var lawExtraColumns: [String] = []
    /// Whether the internal-audit checklist is written.
    public var showsAuditChecklist = false

    /// No binder sheets.
    public init() {}
}
