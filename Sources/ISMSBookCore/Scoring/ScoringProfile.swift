/// How risks are scored, banded and accepted: the method, the scales, the acceptance threshold
/// and the bands with their colours.
///
/// The defaults for each method are documented in the README and shipped as YAML in
/// `samples/profiles/`; a profile file (`--profile`) can change any of them.
public struct ScoringProfile: Sendable, Hashable {
    /// A name for the Summary sheet.
    public var name: String
    /// The scoring method.
    public var method: ScoringMethod
    /// The scale of C/I/A ratings and of threat and vulnerability levels.
    public var levelScale: Int
    /// The likelihood scale (likelihood × impact).
    public var likelihoodScale: Int
    /// The impact scale (likelihood × impact).
    public var impactScale: Int
    /// The scale of directly given scores (direct).
    public var directScale: Int
    /// The highest score that is accepted without treatment (リスク受容基準).
    public var acceptanceThreshold: Int
    /// The bands, lowest first; the last one reaches ``maximumScore``.
    public var bands: [RiskBand]

    /// Creates a profile with every value given.
    public init(
        name: String, method: ScoringMethod, levelScale: Int = 3, likelihoodScale: Int = 5, impactScale: Int = 5,
        directScale: Int = 10, acceptanceThreshold: Int, bands: [RiskBand]
    ) {
        self.name = name
        self.method = method
        self.levelScale = levelScale
        self.likelihoodScale = likelihoodScale
        self.impactScale = impactScale
        self.directScale = directScale
        self.acceptanceThreshold = acceptanceThreshold
        self.bands = bands
    }

    /// The highest possible score.
    public var maximumScore: Int {
        switch method {
        case .detailed: levelScale * levelScale * levelScale
        case .ipa: levelScale * levelScale
        case .likelihoodImpact: likelihoodScale * impactScale
        case .direct: directScale
        }
    }

    /// The band a score falls in.
    public func band(for score: Int) -> RiskBand? {
        bands.first { score <= $0.maximum } ?? bands.last
    }

    /// The default profile: the detailed method, threshold 8, bands ≤4 low, ≤8 medium, ≤18 high,
    /// above that critical.
    public static let standard = defaultProfile(for: .detailed)

    /// The default profile of each method.
    public static func defaultProfile(for method: ScoringMethod) -> ScoringProfile {
        func bands(_ limits: [Int]) -> [RiskBand] {
            zip(standardBands, limits).map { band, limit in
                var band = band
                band.maximum = limit
                return band
            }
        }
        switch method {
        case .detailed:
            return ScoringProfile(
                name: "detailed", method: .detailed, acceptanceThreshold: 8, bands: bands([4, 8, 18, 27]))
        case .ipa:
            return ScoringProfile(name: "ipa", method: .ipa, acceptanceThreshold: 4, bands: Array(bands([2, 4, 9]).prefix(3)))
        case .likelihoodImpact:
            return ScoringProfile(
                name: "likelihood_impact", method: .likelihoodImpact, acceptanceThreshold: 9, bands: bands([4, 9, 16, 25]))
        case .direct:
            return ScoringProfile(name: "direct", method: .direct, acceptanceThreshold: 6, bands: bands([3, 6, 8, 10]))
        }
    }

    /// Low (green), medium (yellow), high (orange), critical (red): Excel's own "good / neutral /
    /// bad" fills, which print legibly in black and white.
    static let standardBands = [
        RiskBand(name: "low", japanese: "低", english: "Low", maximum: 0, color: 0xC6EFCE),
        RiskBand(name: "medium", japanese: "中", english: "Medium", maximum: 0, color: 0xFFEB9C),
        RiskBand(name: "high", japanese: "高", english: "High", maximum: 0, color: 0xF8CBAD),
        RiskBand(name: "critical", japanese: "重大", english: "Critical", maximum: 0, color: 0xFF7C80),
    ]
}
