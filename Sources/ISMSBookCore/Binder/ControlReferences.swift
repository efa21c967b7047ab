/// Which risks name each Annex A control in their treatment, gathered while the risk register
/// streams past.
///
/// References from either edition count for the 2022 control(s) they stand for (`A.12.3.1` counts
/// for `A.8.13`). Memory stays bounded however long the register is: per control, the first
/// ``listedLimit`` risk ids are kept and the rest only counted, since no one reads a cell of ten
/// thousand ids.
public struct ControlReferences: Sendable {
    /// How many risk ids are kept per control.
    public static let listedLimit = 50

    /// The position of each 2022 control in ``AnnexACatalogue/controls2022``.
    private static let positions: [String: Int] = Dictionary(
        AnnexACatalogue.controls2022.enumerated().map { ($0.element.id, $0.offset) },
        uniquingKeysWith: { first, _ in first })

    private var listed: [[String]]
    private var counts: [Int]

    /// No references yet.
    public init() {
        listed = Array(repeating: [], count: AnnexACatalogue.controls2022.count)
        counts = Array(repeating: 0, count: AnnexACatalogue.controls2022.count)
    }

    /// Counts the controls a risk names; a risk naming one 2022 control twice (through two 2013
    /// ids that merged) counts once. References to no known control are skipped: the risk
    /// register's check has reported them.
    public mutating func add(_ risk: RiskRecord) {
        guard !risk.controls.isEmpty else { return }
        let label = risk.id ?? risk.source.description
        var seen: Set<Int> = []
        for reference in risk.controls {
            for id in AnnexACatalogue.resolve(reference) {
                guard let position = Self.positions[id], seen.insert(position).inserted else { continue }
                add(label, at: position)
            }
        }
    }

    /// Counts one reference by a risk labelled `label` to the 2022 control `id`.
    public mutating func add(_ label: String, to id: String) {
        guard let position = Self.positions[id] else { return }
        add(label, at: position)
    }

    private mutating func add(_ label: String, at position: Int) {
        counts[position] += 1
        if listed[position].count < Self.listedLimit { listed[position].append(label) }
    }

    /// The risks naming the 2022 control `id`: the first ``listedLimit`` labels and the full count.
    public func risks(of id: String) -> (listed: [String], count: Int) {
        guard let position = Self.positions[id] else { return ([], 0) }
        return (listed[position], counts[position])
    }
}
