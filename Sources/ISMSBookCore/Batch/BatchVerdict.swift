/// What a batch, or the merge of batch folders, comes to as a whole; the CLI turns it into the
/// exit status.
public enum BatchVerdict: Sendable, Equatable {
    /// Every department converted without an input error, and every output written.
    case fine
    /// Every output written, but some department had input errors, an unreadable register or no
    /// register at all.
    case inputProblems
    /// Some output could not be written (a department's files, the consolidated workbook, the
    /// report): the most serious, whatever else happened.
    case outputFailed

    /// The verdict of a batch run.
    public static func of(batch departments: [DepartmentOutcome], consolidationFailed: Bool, reportFailed: Bool) -> BatchVerdict {
        if consolidationFailed || reportFailed || departments.contains(where: { $0.status == .outputFailed }) { return .outputFailed }
        return departments.allSatisfy { $0.status == .ok } ? .fine : .inputProblems
    }

    /// The verdict of a merge that wrote its workbook: its departments as the batches reported
    /// them, and the consolidated report's errors (a cut cell counts).
    public static func of(merge departments: [DepartmentOutcome], report: BuildReport) -> BatchVerdict {
        departments.allSatisfy { $0.status == .ok } && report.errorCount == 0 ? .fine : .inputProblems
    }
}
