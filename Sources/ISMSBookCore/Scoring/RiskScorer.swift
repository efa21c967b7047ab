/// Computes risk scores with the method of a ``ScoringProfile``.
public struct RiskScorer: Sendable {
    /// What a score is computed from.
    public struct Inputs: Sendable, Equatable {
        /// The asset's value (重要度).
        public var assetValue: Int?
        /// 脅威レベル.
        public var threatLevel: Int?
        /// 脆弱性レベル.
        public var vulnerabilityLevel: Int?
        /// 発生可能性, when given.
        public var likelihood: Int?
        /// 影響度, when given.
        public var impact: Int?
        /// リスク値, when given.
        public var givenScore: Int?

        /// Creates inputs.
        public init(
            assetValue: Int? = nil, threatLevel: Int? = nil, vulnerabilityLevel: Int? = nil, likelihood: Int? = nil,
            impact: Int? = nil, givenScore: Int? = nil
        ) {
            self.assetValue = assetValue
            self.threatLevel = threatLevel
            self.vulnerabilityLevel = vulnerabilityLevel
            self.likelihood = likelihood
            self.impact = impact
            self.givenScore = givenScore
        }
    }

    /// A computed score.
    public struct Score: Equatable, Sendable {
        /// The risk score.
        public var value: Int
        /// The likelihood the method used (see ``ScoringMethod``), if it has one.
        public var likelihood: Int?
        /// The impact the method used, if it has one.
        public var impact: Int?

        /// Creates a score.
        public init(value: Int, likelihood: Int?, impact: Int?) {
            self.value = value
            self.likelihood = likelihood
            self.impact = impact
        }
    }

    /// The fields a score needs and that are missing, or the score.
    public enum Outcome: Equatable, Sendable {
        /// The score.
        case scored(Score)
        /// The inputs that are missing.
        case missing([RiskField])
    }

    /// The profile.
    public let profile: ScoringProfile

    /// Creates a scorer.
    public init(profile: ScoringProfile) {
        self.profile = profile
    }

    /// The register fields the method reads (besides the asset's value).
    public var requiredFields: [RiskField] {
        switch profile.method {
        case .detailed, .ipa: [.threatLevel, .vulnerabilityLevel]
        case .likelihoodImpact: [.likelihood, .impact]
        case .direct: [.score]
        }
    }

    /// Whether the method needs the asset's value.
    public var needsAssetValue: Bool { profile.method == .detailed || profile.method == .ipa }

    /// Scores a risk.
    public func score(_ inputs: Inputs) -> Outcome {
        switch profile.method {
        case .detailed, .ipa:
            guard let value = inputs.assetValue, let threat = inputs.threatLevel, let vulnerability = inputs.vulnerabilityLevel
            else {
                return .missing(missing([(.assetValue, inputs.assetValue), (.threatLevel, inputs.threatLevel),
                                         (.vulnerabilityLevel, inputs.vulnerabilityLevel)]))
            }
            if profile.method == .detailed {
                let likelihood = threat * vulnerability
                return .scored(Score(value: value * likelihood, likelihood: likelihood, impact: value))
            }
            let likelihood = Self.ipaLikelihood(threat: threat, vulnerability: vulnerability, scale: profile.levelScale)
            return .scored(Score(value: value * likelihood, likelihood: likelihood, impact: value))
        case .likelihoodImpact:
            guard let likelihood = inputs.likelihood, let impact = inputs.impact else {
                return .missing(missing([(.likelihood, inputs.likelihood), (.impact, inputs.impact)]))
            }
            return .scored(Score(value: likelihood * impact, likelihood: likelihood, impact: impact))
        case .direct:
            guard let given = inputs.givenScore else { return .missing([.score]) }
            return .scored(Score(value: given, likelihood: inputs.likelihood, impact: inputs.impact))
        }
    }

    /// 被害発生可能性 of the IPA sheet: `max(1, threat + vulnerability − scale)`.
    ///
    /// On the 1–3 scale this is the guideline's lookup table (threat 3 × vulnerability 3 → 3;
    /// 3 × 2 → 2; 2 × 2 → 1; anything with a 1 → 1).
    public static func ipaLikelihood(threat: Int, vulnerability: Int, scale: Int = 3) -> Int {
        max(1, threat + vulnerability - scale)
    }

    private func missing(_ pairs: [(RiskField, Int?)]) -> [RiskField] {
        pairs.filter { $0.1 == nil }.map(\.0)
    }
}
