import ISMSBookCore
import Testing

/// ``RiskScorer/residual(current:_:treatment:)``: every method, blanks taking the current value,
/// a residual given alone, and no residual at all.
struct ResidualScoreTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var method: ScoringMethod
        var current: RiskScorer.Inputs
        var residual: RiskScorer.ResidualInputs
        var treatment: Treatment? = .reduce
        var expected: Int?
        var basis: RiskScorer.Residual.Basis?
        var testDescription: String { name }
    }

    static let detailed = RiskScorer.Inputs(assetValue: 3, threatLevel: 3, vulnerabilityLevel: 2)
    static let byLikelihood = RiskScorer.Inputs(likelihood: 4, impact: 5)

    static let cases: [Case] = [
        Case(name: "detailed: value × residual threat × residual vulnerability", method: .detailed, current: detailed,
             residual: .init(threatLevel: 2, vulnerabilityLevel: 1), expected: 6, basis: .computed),
        Case(name: "detailed: a blank residual factor takes the current one", method: .detailed, current: detailed,
             residual: .init(vulnerabilityLevel: 1), expected: 9, basis: .computed),
        Case(name: "ipa: 重要度 × 被害発生可能性 of the residual levels", method: .ipa, current: detailed,
             residual: .init(threatLevel: 3, vulnerabilityLevel: 3), expected: 9, basis: .computed),
        Case(name: "likelihood × impact", method: .likelihoodImpact, current: byLikelihood, residual: .init(likelihood: 2, impact: 3),
             expected: 6, basis: .computed),
        Case(name: "likelihood × impact, impact blank", method: .likelihoodImpact, current: byLikelihood, residual: .init(likelihood: 1),
             expected: 5, basis: .computed),
        Case(name: "direct: the residual as written", method: .direct, current: .init(givenScore: 12), residual: .init(givenScore: 4),
             expected: 4, basis: .given),
        Case(name: "a residual score alone, under a computing method", method: .detailed, current: detailed, residual: .init(givenScore: 5),
             expected: 5, basis: .given),
        Case(name: "nothing given, accepted: unchanged", method: .detailed, current: detailed, residual: .init(), treatment: .accept,
             expected: 18, basis: .unchanged),
        Case(name: "nothing given, reduced: unknown", method: .detailed, current: detailed, residual: .init(), expected: nil, basis: nil),
        Case(name: "nothing given, no treatment: unknown", method: .detailed, current: detailed, residual: .init(), treatment: nil,
             expected: nil, basis: nil),
        Case(name: "residual factors of another method are not this method's", method: .detailed, current: detailed,
             residual: .init(likelihood: 1, impact: 1), expected: nil, basis: nil),
        Case(name: "no current asset value: cannot be computed", method: .detailed, current: .init(threatLevel: 3, vulnerabilityLevel: 3),
             residual: .init(threatLevel: 1), expected: nil, basis: nil),
    ]

    @Test(arguments: cases)
    func scoresTheResidual(_ example: Case) {
        var profile = ScoringProfile.standard
        profile.method = example.method
        let residual = RiskScorer(profile: profile).residual(current: example.current, example.residual, treatment: example.treatment)
        #expect(residual?.score.value == example.expected)
        #expect(residual?.basis == example.basis)
    }
}
