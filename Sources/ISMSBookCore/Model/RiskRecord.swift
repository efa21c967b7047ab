/// One normalised and scored row of the risk register (リスクアセスメント).
public struct RiskRecord: RegisterRecord {
    /// Where the row came from.
    public var source: RowSource
    /// リスクID.
    public var id: String?
    /// The id of the asset at risk: as written, or found through the asset's name.
    public var assetID: String?
    /// The asset's name: as written, or taken from the asset register.
    public var asset: String?
    /// 脅威.
    public var threat: String?
    /// 脆弱性.
    public var vulnerability: String?
    /// 脅威レベル.
    public var threatLevel: Level?
    /// 脆弱性レベル.
    public var vulnerabilityLevel: Level?
    /// The asset's value (重要度) used for scoring.
    public var assetValue: Int?
    /// 発生可能性: given (likelihood × impact) or derived (see ``ScoringMethod``).
    public var likelihood: Int?
    /// 影響度: given (likelihood × impact) or the asset's value.
    public var impact: Int?
    /// The risk score as written in the file, if any.
    public var givenScore: Level?
    /// The computed risk score (リスク値).
    public var score: Int?
    /// The band the score falls in.
    public var band: RiskBand?
    /// Whether the score is within the acceptance threshold.
    public var isAccepted: Bool?
    /// リスク対応.
    public var treatment: Treatment?
    /// 対応策.
    public var plan: String?
    /// 管理策, normalised (`A.8.13`).
    public var controls: [String] = []
    /// リスク所有者.
    public var owner: String?
    /// 期限.
    public var due: CalendarDate?
    /// 承認者.
    public var approver: String?
    /// 対策後脅威レベル: as written, else the current level it took (see ``RiskScorer/residual(current:_:treatment:)``).
    public var residualThreatLevel: Level?
    /// 対策後脆弱性レベル: as written, else the current level it took.
    public var residualVulnerabilityLevel: Level?
    /// 対策後発生可能性: given, or derived as the current likelihood is.
    public var residualLikelihood: Int?
    /// 対策後影響度: given, or the asset's value.
    public var residualImpact: Int?
    /// The residual score as written in the file, if any.
    public var givenResidualScore: Level?
    /// The score after treatment (対策後リスク値), when it is known.
    public var residualScore: Int?
    /// The band the residual score falls in.
    public var residualBand: RiskBand?
    /// Whether the residual score is within the acceptance threshold.
    public var residualWithinThreshold: Bool?
    /// 対応状況.
    public var status: TreatmentStatus?
    /// 承認日: when the risk owner approved the plan and accepted the residual risk.
    public var approvedOn: CalendarDate?
    /// 受容期限: until when the acceptance holds.
    public var acceptanceExpires: CalendarDate?
    /// 受容理由.
    public var justification: String?
    /// Whether the risk owner has accepted what remains.
    public var acceptance: AcceptanceState?
    /// The department's own columns, in file order.
    public var extras: [ExtraCell] = []
    /// The original text of each cell that could not be read.
    public var invalidCells: [RiskField: String] = [:]
    /// The problems found in this row, as recorded.
    public var diagnostics: [Diagnostic] = []

    /// Creates an empty record for a row.
    public init(source: RowSource) {
        self.source = source
    }

    /// Whether the row has an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Whether the score is above the acceptance threshold, so the risk must be treated.
    public var needsTreatment: Bool { isAccepted == false }

    /// Whether the treatment is due before `date` and not done.
    public func isOverdue(on date: CalendarDate?) -> Bool {
        guard let date, let due, status != .done else { return false }
        return due < date
    }

    /// Whether the residual score is above the acceptance threshold.
    public var residualAboveThreshold: Bool { residualWithinThreshold == false }
}
