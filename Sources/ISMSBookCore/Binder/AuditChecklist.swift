/// The internal-audit checklist (内部監査チェックリスト): one line per applicable control and per
/// department in scope, each department with its auditor.
///
/// The lines are not stored: ``lines`` generates them from the departments and the controls, so a
/// scope of many departments costs no memory.
public struct AuditChecklist: Sendable {
    /// A department in scope and who audits it.
    public struct Department: Sendable, Equatable {
        /// The department's name (empty when the registers name none).
        public var name: String
        /// Its auditor; `nil` without an auditors' list, or when no auditor is independent of it.
        public var auditor: String?

        /// Creates a department's entry.
        public init(name: String, auditor: String?) {
            self.name = name
            self.auditor = auditor
        }
    }

    /// One line of the checklist.
    public struct Line: Sendable {
        /// The department audited.
        public var department: Department
        /// The control checked, with what the SoA says about it.
        public var control: StatementOfApplicability.Row
    }

    /// The departments in scope, in order.
    public var departments: [Department]
    /// The controls checked: the applicable ones, in catalogue order.
    public var controls: [StatementOfApplicability.Row]
    /// Whether an auditors' list was given (and the independence rule applied).
    public var hasAuditorList: Bool

    /// Creates a checklist.
    public init(departments: [Department], controls: [StatementOfApplicability.Row], hasAuditorList: Bool) {
        self.departments = departments
        self.controls = controls
        self.hasAuditorList = hasAuditorList
    }

    /// The number of lines.
    public var lineCount: Int { departments.count * controls.count }

    /// The lines, department by department, each in catalogue order.
    public var lines: some Sequence<Line> {
        departments.lazy.flatMap { department in
            controls.lazy.map { Line(department: department, control: $0) }
        }
    }

    /// Builds the checklist: assigns auditors (when a list is given) and reports every department
    /// no auditor may audit.
    ///
    /// - Parameters:
    ///   - departments: the departments in scope; none gives one block with no department.
    ///   - auditorFile: the auditors' list, for the location of an impossible assignment.
    static func make(
        departments: [String], soa: StatementOfApplicability, auditors: [Auditor]?, auditorFile: String?,
        auditorSheet: String? = nil, collector: DiagnosticCollector
    ) -> AuditChecklist {
        let names = departments.isEmpty ? [""] : departments
        let assigned = auditors.map { AuditorAssignment.assign(departments: names, auditors: $0) }
            ?? Array(repeating: nil, count: names.count)
        var result: [Department] = []
        for (name, auditor) in zip(names, assigned) {
            if auditors != nil, auditor == nil {
                let location = SourceLocation(file: auditorFile ?? "", sheet: auditorSheet)
                collector.report(Diagnostic(.error, .noIndependentAuditor(department: name.isEmpty ? "—" : name), at: location))
            }
            result.append(Department(name: name, auditor: auditor))
        }
        return AuditChecklist(departments: result, controls: soa.applicableRows, hasAuditorList: auditors != nil)
    }
}
