/// An internal auditor and the department(s) they belong to, from `--auditors`.
public struct Auditor: Sendable, Hashable {
    /// The auditor's name.
    public var name: String
    /// Their own departments, which they may not audit.
    public var departments: [String]
    /// Where the auditor is listed.
    public var source: RowSource

    /// Creates an auditor.
    public init(name: String, departments: [String], source: RowSource) {
        self.name = name
        self.departments = departments
        self.source = source
    }

    /// Whether the auditor belongs to `department` (names compared as headers are: NFKC, case and
    /// spaces ignored, so `経理部` and `経理部 ` are one department).
    public func belongs(to department: String) -> Bool {
        let key = TextNormaliser.key(department)
        return departments.contains { TextNormaliser.key($0) == key }
    }
}

/// Reads the auditors' list. An auditor without a department is an error and is left out of the
/// assignment: their independence cannot be checked.
struct AuditorReader {
    let file: BinderFile<AuditorField>
    let collector: DiagnosticCollector

    /// The auditors who can be assigned, in file order, and the file's line for the Summary sheet.
    func read() throws -> (auditors: [Auditor], input: BuildReport.Input) {
        var auditors: [Auditor] = []
        let input = try file.read(required: [.name, .department], collector: collector) { record in
            var cells = RowCells(record: record, columns: file.columns, file: file.path, sheet: file.sheet)
            let name = cells.text(.name)
            let departments = cells.raw(.department).map { ListCell.split($0, atSpaces: false) } ?? []
            if name == nil && cells.hasColumn(.name) { cells.report(.error, .missingValue, .name) }
            if name != nil && departments.isEmpty && cells.hasColumn(.department) { cells.report(.error, .missingValue, .department) }
            collector.report(cells.diagnostics)
            if let name, !departments.isEmpty {
                auditors.append(Auditor(name: name, departments: departments, source: RowSource(file: file.path, row: record.row, sheet: file.sheet)))
            }
        }
        return (auditors, input)
    }
}
