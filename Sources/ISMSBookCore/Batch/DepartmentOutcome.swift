/// What happened to one department of a batch: the basis of its line in `report.json` and on the
/// consolidated Summary sheet.
public struct DepartmentOutcome: Sendable, Equatable {
    /// How the department ended.
    public enum Status: String, Sendable, CaseIterable {
        /// Written, no input errors.
        case ok
        /// Written, with input errors marked.
        case inputErrors = "input-errors"
        /// A register could not be read at all; nothing was written for the department.
        case unreadable
        /// The folder holds no register.
        case noRegisters = "no-registers"
        /// An output could not be written.
        case outputFailed = "output-failed"
    }

    /// The department's name as found on disk.
    public var name: String
    /// The safe base name of its output files.
    public var outputName: String
    /// How it ended.
    public var status: Status
    /// Its input files, with SHA-256 and counts (empty when unreadable).
    public var inputs: [BuildReport.Input] = []
    /// The number of assets read.
    public var assetCount = 0
    /// The number of risks read.
    public var riskCount = 0
    /// Risks above the acceptance threshold.
    public var risksAboveThreshold = 0
    /// Risks whose residual score is still above the threshold.
    public var residualAboveThreshold = 0
    /// Risks whose acceptance is pending.
    public var acceptancePending = 0
    /// Risks whose acceptance has expired.
    public var acceptanceExpired = 0
    /// Treatments due before the generation date and not done.
    public var treatmentsOverdue = 0
    /// Errors found.
    public var errorCount = 0
    /// Warnings found.
    public var warningCount = 0
    /// The department's own extra columns, in order (for merging its normalised records).
    public var assetExtraColumns: [String] = []
    /// The risk register's extra columns.
    public var riskExtraColumns: [String] = []
    /// The files written, relative to the output folder.
    public var outputs: [String] = []
    /// What went wrong, for the unreadable and failed statuses.
    public var message: String?
    /// Wall-clock seconds the department took.
    public var seconds = 0.0

    /// Creates an outcome.
    public init(name: String, outputName: String, status: Status) {
        self.name = name
        self.outputName = outputName
        self.status = status
    }
}
