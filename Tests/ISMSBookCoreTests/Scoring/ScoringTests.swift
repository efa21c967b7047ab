import Foundation
import ISMSBookCore
import Testing

struct AssetValuerTests {
    @Test(arguments: [
        (3, 2, 1, PersonalDataKind?.none, 3 as Int?), (1, 1, 1, PersonalDataKind.none, 1), (1, 1, 1, .personal, 2),
        (3, 1, 1, .personal, 3), (1, 1, 1, .sensitive, 3), (1, 2, 1, .myNumber, 3), (nil, nil, nil, nil, nil),
        (nil, nil, nil, .personal, 2), (nil, 2, nil, nil, 2),
    ] as [(Int?, Int?, Int?, PersonalDataKind?, Int?)])
    func valueIsTheHighestRatingRaisedForPersonalData(c: Int?, i: Int?, a: Int?, personal: PersonalDataKind?, expected: Int?) {
        #expect(AssetValuer.value(confidentiality: c, integrity: i, availability: a, personalData: personal) == expected)
    }
}

struct RiskScorerTests {
    @Test func detailedIsValueTimesThreatTimesVulnerability() {
        let scorer = RiskScorer(profile: .standard)
        for value in 1...3 {
            for threat in 1...3 {
                for vulnerability in 1...3 {
                    let outcome = scorer.score(.init(assetValue: value, threatLevel: threat, vulnerabilityLevel: vulnerability))
                    let expected = RiskScorer.Score(
                        value: value * threat * vulnerability, likelihood: threat * vulnerability, impact: value)
                    #expect(outcome == .scored(expected))
                }
            }
        }
    }

    /// The IPA sheet's lookup table of 被害発生可能性, rows threat 3…1, columns vulnerability 3…1.
    @Test func ipaLikelihoodMatchesTheGuidelinesTable() {
        let table = [[3, 2, 1], [2, 1, 1], [1, 1, 1]]
        for (row, threat) in [3, 2, 1].enumerated() {
            for (column, vulnerability) in [3, 2, 1].enumerated() {
                #expect(RiskScorer.ipaLikelihood(threat: threat, vulnerability: vulnerability) == table[row][column])
            }
        }
        let scorer = RiskScorer(profile: .defaultProfile(for: .ipa))
        #expect(scorer.score(.init(assetValue: 3, threatLevel: 3, vulnerabilityLevel: 2)) == .scored(.init(value: 6, likelihood: 2, impact: 3)))
    }

    @Test func likelihoodTimesImpact() {
        let scorer = RiskScorer(profile: .defaultProfile(for: .likelihoodImpact))
        #expect(scorer.score(.init(likelihood: 4, impact: 5)) == .scored(.init(value: 20, likelihood: 4, impact: 5)))
        #expect(scorer.score(.init(likelihood: 4)) == .missing([.impact]))
    }

    @Test func directTakesTheGivenScore() {
        let scorer = RiskScorer(profile: .defaultProfile(for: .direct))
        #expect(scorer.score(.init(givenScore: 8)) == .scored(.init(value: 8, likelihood: nil, impact: nil)))
        #expect(scorer.score(.init()) == .missing([.score]))
    }

    @Test func missingInputsAreNamed() {
        let scorer = RiskScorer(profile: .standard)
        #expect(scorer.score(.init(assetValue: 2, threatLevel: 3)) == .missing([.vulnerabilityLevel]))
    }

    @Test(arguments: [(1, "low"), (4, "low"), (5, "medium"), (8, "medium"), (9, "high"), (18, "high"), (19, "critical"), (27, "critical")])
    func defaultBands(score: Int, band: String) {
        #expect(ScoringProfile.standard.band(for: score)?.name == band)
        #expect(ScoringProfile.standard.acceptanceThreshold == 8)
    }
}

struct ProfileLoaderTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples/profiles")

    @Test(arguments: [("detailed.yaml", ScoringMethod.detailed, 27), ("ipa.yaml", .ipa, 9),
                      ("likelihood-impact.yaml", .likelihoodImpact, 25), ("direct.yaml", .direct, 10)])
    func loadsTheSampleProfiles(file: String, method: ScoringMethod, maximum: Int) throws {
        let profile = try ProfileLoader.load(path: Self.samples.appendingPathComponent(file).path)
        #expect(profile.method == method)
        #expect(profile.maximumScore == maximum)
        #expect(profile.bands.last?.maximum == maximum)
    }

    @Test func theDetailedSampleIsTheDefault() throws {
        let profile = try ProfileLoader.load(path: Self.samples.appendingPathComponent("detailed.yaml").path)
        #expect(profile.bands == ScoringProfile.standard.bands)
        #expect(profile.acceptanceThreshold == ScoringProfile.standard.acceptanceThreshold)
    }

    @Test func readsEveryKey() throws {
        let yaml = """
            name: 当社基準
            method: likelihood_impact
            likelihood_scale: 4
            impact_scale: 4
            acceptance_threshold: 6
            bands:
              - {name: low, label_ja: 低, label_en: Low, max: 6, color: "#00FF00"}
              - {name: high, label_ja: 高, label_en: High, max: 16, color: "FF0000"}
            """
        let profile = try ProfileLoader.parse(yaml, file: "p.yaml")
        #expect(profile.name == "当社基準")
        #expect(profile.maximumScore == 16)
        #expect(profile.acceptanceThreshold == 6)
        #expect(profile.bands.map(\.color) == [0x00FF00, 0xFF0000])
    }

    @Test(arguments: [
        ("method: fuzzy", "unknown method"),
        ("treshold: 5", "unknown key 'treshold'"),
        ("acceptance_threshold: 30", "acceptance_threshold"),
        ("bands:\n  - {name: low, max: 10}", "ends at 10 but scores reach 27"),
        ("bands:\n  - {name: a, max: 20}\n  - {name: b, max: 10}", "higher max"),
        ("bands:\n  - {name: a, max: 27, color: red}", "#RRGGBB"),
        ("- just\n- a list", "mapping"),
        ("method: [unclosed", "YAML"),
    ])
    func rejectsBadProfilesWithAClearMessage(yaml: String, message: String) {
        do {
            _ = try ProfileLoader.parse(yaml, file: "bad.yaml")
            Issue.record("accepted: \(yaml)")
        } catch let error as InputError {
            #expect(error.message.contains(message), "\(error.message)")
            #expect(error.file == "bad.yaml")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

struct RiskMatrixTests {
    @Test func countsRisksInTheirCells() {
        var matrix = RiskMatrix(profile: .standard)
        var risk = RiskRecord(source: RowSource(file: "r.csv", row: 2))
        risk.score = 18
        risk.impact = 3
        risk.likelihood = 6
        matrix.add(risk)
        matrix.add(risk)
        #expect(matrix.rows.values == [3, 2, 1])
        #expect(matrix.columns.values == [1, 2, 3, 4, 6, 9])
        #expect(matrix.counts[0][4] == 2)
        #expect(matrix.score(row: 0, column: 4) == 18)
        #expect(matrix.total == 2)
    }
}
