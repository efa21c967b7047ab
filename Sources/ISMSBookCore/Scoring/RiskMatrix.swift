/// The risk map: how many risks fall in each cell of the method's matrix.
///
/// Rows run from the highest value down, as risk maps are drawn: detailed analysis plots asset
/// value against threat × vulnerability; the IPA sheet 重要度 against 被害発生可能性; likelihood × impact
/// impact against likelihood; a directly given score has a single row of scores.
public struct RiskMatrix: Sendable {
    /// One axis of the matrix.
    public struct Axis: Sendable {
        /// The axis title in Japanese.
        public var japanese: String
        /// The axis title in English.
        public var english: String
        /// The values along the axis, in display order.
        public var values: [Int]

        /// The title in the given language.
        public func title(in language: Language) -> String { language.pick(japanese, english) }
    }

    /// The vertical axis (rows).
    public let rows: Axis
    /// The horizontal axis (columns).
    public let columns: Axis
    /// `counts[row][column]`.
    public private(set) var counts: [[Int]]
    private let method: ScoringMethod

    /// An empty matrix for a profile.
    public init(profile: ScoringProfile) {
        method = profile.method
        let levels = Array(1...profile.levelScale)
        switch profile.method {
        case .detailed:
            let products = Set(levels.flatMap { t in levels.map { t * $0 } }).sorted()
            rows = Axis(japanese: "資産価値", english: "Asset value", values: levels.reversed())
            columns = Axis(japanese: "脅威 × 脆弱性", english: "Threat × vulnerability", values: products)
        case .ipa:
            rows = Axis(japanese: "重要度", english: "Importance", values: levels.reversed())
            columns = Axis(japanese: "被害発生可能性", english: "Likelihood of damage", values: levels)
        case .likelihoodImpact:
            rows = Axis(japanese: "影響度", english: "Impact", values: Array((1...profile.impactScale).reversed()))
            columns = Axis(japanese: "発生可能性", english: "Likelihood", values: Array(1...profile.likelihoodScale))
        case .direct:
            rows = Axis(japanese: "リスク値", english: "Risk score", values: [1])
            columns = Axis(japanese: "リスク値", english: "Risk score", values: Array(1...profile.directScale))
        }
        counts = Array(repeating: Array(repeating: 0, count: columns.values.count), count: rows.values.count)
    }

    /// The score of a cell.
    public func score(row: Int, column: Int) -> Int {
        method == .direct ? columns.values[column] : rows.values[row] * columns.values[column]
    }

    /// Counts a scored risk as it stands before treatment.
    public mutating func add(_ risk: RiskRecord) {
        add(score: risk.score, likelihood: risk.likelihood, impact: risk.impact)
    }

    /// Counts a risk after treatment, when its residual score is known and has its factors (a
    /// residual score written without them has no cell, except under `direct`).
    public mutating func addResidual(_ risk: RiskRecord) {
        add(score: risk.residualScore, likelihood: risk.residualLikelihood, impact: risk.residualImpact)
    }

    private mutating func add(score: Int?, likelihood: Int?, impact: Int?) {
        guard let score else { return }
        let position: (row: Int?, column: Int?)
        switch method {
        case .direct: position = (0, columns.values.firstIndex(of: score))
        default:
            position = (rows.values.firstIndex(of: impact ?? -1), columns.values.firstIndex(of: likelihood ?? -1))
        }
        if let row = position.row, let column = position.column { counts[row][column] += 1 }
    }

    /// The number of risks counted.
    public var total: Int { counts.joined().reduce(0, +) }
}
