/// What a run read and found: the Summary sheet's contents and the basis of the exit status.
public struct BuildReport: Sendable {
    /// One input file.
    public struct Input: Sendable, Equatable {
        /// Which register the file holds.
        public var kind: RegisterKind
        /// The path as the user gave it.
        public var path: String
        /// Lowercase hex SHA-256 of the file's bytes.
        public var sha256: String
        /// The file's size in bytes.
        public var byteCount: Int
        /// The encoding it was read in.
        public var encoding: TextEncoding
        /// The delimiter.
        public var delimiter: UInt8
        /// The row of the header.
        public var headerRow: Int
        /// Data rows read (blank rows not counted).
        public var rowsRead: Int
        /// Blank rows skipped.
        public var blankRows: Int
        /// The sheet read, for a workbook.
        public var sheet: String?

        /// Creates an input's record.
        public init(
            kind: RegisterKind, path: String, sha256: String, byteCount: Int, encoding: TextEncoding, delimiter: UInt8,
            headerRow: Int, rowsRead: Int, blankRows: Int, sheet: String? = nil
        ) {
            self.sheet = sheet
            self.kind = kind
            self.path = path
            self.sha256 = sha256
            self.byteCount = byteCount
            self.encoding = encoding
            self.delimiter = delimiter
            self.headerRow = headerRow
            self.rowsRead = rowsRead
            self.blankRows = blankRows
        }
    }

    /// The inputs, asset files first, then risk files, then the binder's.
    public var inputs: [Input] = []
    /// The extra columns of each register, as laid out for the sink.
    public var assetExtraColumns: [String] = []
    /// The risk register's extra columns.
    public var riskExtraColumns: [String] = []
    /// The scoring profile.
    public var profile: ScoringProfile
    /// The number of assets read.
    public var assetCount = 0
    /// The number of risks read.
    public var riskCount = 0
    /// Assets per value (重要度); assets without a value are under `nil`.
    public var assetsByValue: [Int?: Int] = [:]
    /// Assets holding each kind of personal data.
    public var assetsByPersonalData: [PersonalDataKind?: Int] = [:]
    /// Risks per band name; unscored risks are under `nil`.
    public var risksByBand: [String?: Int] = [:]
    /// Risks per treatment; risks without one are under `nil`.
    public var risksByTreatment: [Treatment?: Int] = [:]
    /// Risks above the acceptance threshold.
    public var risksAboveThreshold = 0
    /// The risk map.
    public var matrix: RiskMatrix
    /// The risk map after treatment.
    public var residualMatrix: RiskMatrix
    /// Risks per band of their residual score; risks whose residual is unknown are under `nil`.
    public var risksByResidualBand: [String?: Int] = [:]
    /// Risks whose residual score is above the acceptance threshold.
    public var residualAboveThreshold = 0
    /// Risks per acceptance state.
    public var risksByAcceptance: [AcceptanceState?: Int] = [:]
    /// Risks per treatment status; risks without one are under `nil`.
    public var risksByStatus: [TreatmentStatus?: Int] = [:]
    /// Risks whose treatment is due before ``date`` and not done.
    public var treatmentsOverdue = 0
    /// The generation date, against which treatments are overdue.
    public var date: CalendarDate?
    /// Every diagnostic, in the order found.
    public var diagnostics: [Diagnostic] = []
    /// The number of errors.
    public var errorCount = 0
    /// The number of warnings.
    public var warningCount = 0
    /// The binder's registers and findings, when the run had binder inputs.
    public var binder: BinderReport?
    /// How the run records diagnostics (`--strict`), for the sinks that raise their own.
    public var policy = DiagnosticPolicy()
    /// The departments of a batch, for the consolidated workbook's per-department table.
    public var departments: [DepartmentOutcome] = []
    /// Seconds the sink spent packaging its file after the last record.
    public var packagingSeconds: Double = 0

    /// An empty report for a profile.
    public init(profile: ScoringProfile) {
        self.profile = profile
        matrix = RiskMatrix(profile: profile)
        residualMatrix = RiskMatrix(profile: profile)
    }

    /// Counts an asset into the totals (the pipeline does this for every record it reads).
    public mutating func count(_ asset: AssetRecord) {
        assetCount += 1
        assetsByValue[asset.value, default: 0] += 1
        assetsByPersonalData[asset.personalData, default: 0] += 1
    }

    /// Counts a risk into the totals and the risk map.
    public mutating func count(_ risk: RiskRecord) {
        riskCount += 1
        risksByBand[risk.band?.name, default: 0] += 1
        risksByTreatment[risk.treatment, default: 0] += 1
        if risk.needsTreatment { risksAboveThreshold += 1 }
        matrix.add(risk)
        residualMatrix.addResidual(risk)
        risksByResidualBand[risk.residualBand?.name, default: 0] += 1
        if risk.residualAboveThreshold { residualAboveThreshold += 1 }
        risksByAcceptance[risk.acceptance, default: 0] += 1
        risksByStatus[risk.status, default: 0] += 1
        if risk.isOverdue(on: date) { treatmentsOverdue += 1 }
    }

    /// Takes the diagnostics recorded so far, and their counts, from `collector`.
    public mutating func takeDiagnostics(from collector: DiagnosticCollector) {
        diagnostics = collector.diagnostics
        errorCount = collector.errorCount
        warningCount = collector.warningCount
    }

    /// Adds diagnostics recorded elsewhere (a sink's, or a batch department's read back), counting
    /// them.
    public mutating func add(_ list: [Diagnostic]) {
        for diagnostic in list {
            diagnostics.append(diagnostic)
            if diagnostic.severity == .error { errorCount += 1 } else { warningCount += 1 }
        }
    }
}
