// How a department of a batch ends: the rules behind its status in report.json.
extension DepartmentOutcome {
    /// A department whose folder holds no register: nothing is converted.
    public static func noRegisters(name: String, outputName: String) -> DepartmentOutcome {
        var outcome = DepartmentOutcome(name: name, outputName: outputName, status: .noRegisters)
        outcome.message = "no register found (files named assets… / 資産… and risks… / リスク…)"
        return outcome
    }

    /// A department with a register that cannot be read at all: nothing is written for it.
    public static func unreadable(name: String, outputName: String, because error: InputError) -> DepartmentOutcome {
        var outcome = DepartmentOutcome(name: name, outputName: outputName, status: .unreadable)
        outcome.message = error.description
        return outcome
    }

    /// A department whose outputs could not be written.
    public static func outputFailed(name: String, outputName: String, because error: any Error) -> DepartmentOutcome {
        var outcome = DepartmentOutcome(name: name, outputName: outputName, status: .outputFailed)
        outcome.message = "\(error)"
        return outcome
    }

    /// A department converted and written: `ok`, or `input-errors` when an error was found (the
    /// rows are written all the same, marked).
    public static func converted(name: String, outputName: String, report: BuildReport, outputs: [String]) -> DepartmentOutcome {
        var outcome = DepartmentOutcome(name: name, outputName: outputName, status: report.errorCount > 0 ? .inputErrors : .ok)
        outcome.inputs = report.inputs
        outcome.assetCount = report.assetCount
        outcome.riskCount = report.riskCount
        outcome.risksAboveThreshold = report.risksAboveThreshold
        outcome.residualAboveThreshold = report.residualAboveThreshold
        outcome.acceptancePending = report.risksByAcceptance[.pending] ?? 0
        outcome.acceptanceExpired = report.risksByAcceptance[.expired] ?? 0
        outcome.treatmentsOverdue = report.treatmentsOverdue
        outcome.errorCount = report.errorCount
        outcome.warningCount = report.warningCount
        outcome.assetExtraColumns = report.assetExtraColumns
        outcome.riskExtraColumns = report.riskExtraColumns
        outcome.outputs = outputs
        return outcome
    }
}
