// The risk after treatment (対策後リスク値, 残留リスク), scored with the same method and profile.
extension RiskScorer {
    /// What the register gives about the risk after treatment.
    public struct ResidualInputs: Sendable, Equatable {
        /// 対策後脅威レベル.
        public var threatLevel: Int?
        /// 対策後脆弱性レベル.
        public var vulnerabilityLevel: Int?
        /// 対策後発生可能性.
        public var likelihood: Int?
        /// 対策後影響度.
        public var impact: Int?
        /// 対策後リスク値, as written.
        public var givenScore: Int?

        /// Creates residual inputs.
        public init(threatLevel: Int? = nil, vulnerabilityLevel: Int? = nil, likelihood: Int? = nil, impact: Int? = nil, givenScore: Int? = nil) {
            self.threatLevel = threatLevel
            self.vulnerabilityLevel = vulnerabilityLevel
            self.likelihood = likelihood
            self.impact = impact
            self.givenScore = givenScore
        }
    }

    /// A residual score and where it came from.
    public struct Residual: Equatable, Sendable {
        /// How the residual score was found.
        public enum Basis: Equatable, Sendable {
            /// Computed from the residual factors, a blank one taking the current value.
            case computed
            /// The residual score as written, with no residual factor to compute it from.
            case given
            /// No residual factor or score, and the risk is accepted as it is: nothing changes.
            case unchanged
        }

        /// The score, with the likelihood and impact it was computed from (none for a given one
        /// under a method that computes).
        public var score: Score
        /// How it was found.
        public var basis: Basis
        /// The inputs the score was computed with (the current value where a residual factor was
        /// blank), for the record to show.
        public var inputs: Inputs?
    }

    /// The residual factors the method reads.
    public func residualFactors(_ residual: ResidualInputs) -> [Int?] {
        switch profile.method {
        case .detailed, .ipa: [residual.threatLevel, residual.vulnerabilityLevel]
        case .likelihoodImpact: [residual.likelihood, residual.impact]
        case .direct: []
        }
    }

    /// Scores the risk after treatment.
    ///
    /// - The method and profile are the current score's: `detailed` asset value × residual threat ×
    ///   residual vulnerability (treatment does not change what the asset is worth), `ipa` 重要度 ×
    ///   被害発生可能性 from the residual levels, `likelihood_impact` residual likelihood × residual
    ///   impact, `direct` the residual score as written.
    /// - A residual factor left blank while another is given takes the current value.
    /// - A residual score given without residual factors is the residual under every method.
    /// - With neither, the residual is the current risk when the treatment is `accept`, and unknown
    ///   (`nil`) otherwise.
    public func residual(current: Inputs, _ residual: ResidualInputs, treatment: Treatment?) -> Residual? {
        let factors = residualFactors(residual)
        if factors.allSatisfy({ $0 == nil }) {
            if let given = residual.givenScore {
                let score = profile.method == .direct
                    ? Score(value: given, likelihood: residual.likelihood, impact: residual.impact)
                    : Score(value: given, likelihood: nil, impact: nil)
                return Residual(score: score, basis: .given, inputs: nil)
            }
            guard treatment == .accept, case .scored(let score) = self.score(current) else { return nil }
            return Residual(score: score, basis: .unchanged, inputs: current)
        }
        var inputs = current
        inputs.threatLevel = residual.threatLevel ?? current.threatLevel
        inputs.vulnerabilityLevel = residual.vulnerabilityLevel ?? current.vulnerabilityLevel
        inputs.likelihood = residual.likelihood ?? current.likelihood
        inputs.impact = residual.impact ?? current.impact
        inputs.givenScore = residual.givenScore
        guard case .scored(let score) = self.score(inputs) else { return nil }
        return Residual(score: score, basis: .computed, inputs: inputs)
    }
}
