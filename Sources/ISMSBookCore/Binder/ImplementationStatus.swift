/// How far an applicable control is implemented, as a SoA records it (実施状況).
public enum ImplementationStatus: String, Sendable, CaseIterable, Comparable {
    /// 未実施: not implemented.
    case notImplemented = "not_implemented"
    /// 計画中: planned, in progress.
    case planned
    /// 一部実施: partly implemented.
    case partial
    /// 実施済: implemented.
    case implemented

    /// The Japanese term.
    public var japanese: String {
        switch self {
        case .notImplemented: "未実施"
        case .planned: "計画中"
        case .partial: "一部実施"
        case .implemented: "実施済"
        }
    }

    /// The English term.
    public var english: String {
        switch self {
        case .notImplemented: "Not implemented"
        case .planned: "Planned"
        case .partial: "Partly implemented"
        case .implemented: "Implemented"
        }
    }

    /// The term in a language.
    public func label(in language: Language) -> String { language.pick(japanese, english) }

    private var rank: Int {
        switch self {
        case .notImplemented: 0
        case .planned: 1
        case .partial: 2
        case .implemented: 3
        }
    }

    /// Less implemented first, so the weaker of two statuses is their `min`.
    public static func < (lhs: ImplementationStatus, rhs: ImplementationStatus) -> Bool { lhs.rank < rhs.rank }

    /// Reads a cell: the Japanese and English terms and their usual variants; a plain yes means
    /// implemented and a plain no not implemented.
    public static func parse(_ text: String) -> ImplementationStatus? {
        if let status = words[TextNormaliser.key(text)] { return status }
        return YesNo.parse(text).map { $0 ? .implemented : .notImplemented }
    }

    private static let words: [String: ImplementationStatus] = {
        let lists: [(ImplementationStatus, [String])] = [
            (.implemented, ["実施済", "実施済み", "実施", "導入済", "導入済み", "実装済", "実装済み", "運用中", "完了", "implemented", "done", "in operation", "operating"]),
            (.partial, ["一部実施", "一部", "一部導入", "一部実装", "△", "partial", "partially", "partly", "partly implemented", "partially implemented"]),
            (.planned, ["計画中", "計画", "予定", "実施予定", "導入予定", "対応中", "準備中", "planned", "in progress", "ongoing", "scheduled"]),
            (.notImplemented, ["未実施", "未導入", "未実装", "未対応", "未着手", "not implemented", "not started"]),
        ]
        var table: [String: ImplementationStatus] = [:]
        for (status, list) in lists {
            for word in list { table[TextNormaliser.key(word)] = status }
        }
        return table
    }()
}
