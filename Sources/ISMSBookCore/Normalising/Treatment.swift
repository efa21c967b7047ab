/// A risk treatment option (リスク対応), ISO/IEC 27005 and JIS Q 27001.
public enum Treatment: String, Sendable, CaseIterable {
    /// リスク低減 (軽減, 修正, 最適化): ISO/IEC 27005:2022 "risk modification".
    case reduce
    /// リスク回避: "risk avoidance".
    case avoid
    /// リスク移転 (共有): "risk sharing".
    case transfer
    /// リスク受容 (保有): "risk retention".
    case accept

    /// The JIS term.
    public var japanese: String {
        switch self {
        case .reduce: "低減"
        case .avoid: "回避"
        case .transfer: "移転"
        case .accept: "受容"
        }
    }

    /// The label a workbook shows: the JIS term, or the English word.
    public var label: LocalizedText { LocalizedText(japanese, rawValue) }

    /// Reads a cell in any of the usual spellings, with or without リスク in front.
    public static func parse(_ text: String) -> Treatment? {
        if let treatment = words[text] { return treatment }  // most cells are written exactly so
        var key = TextNormaliser.key(text)
        for prefix in ["リスクの", "リスク", "risk"] where key.hasPrefix(prefix) && key.count > prefix.count {
            key.removeFirst(prefix.count)
        }
        for suffix in ["する"] where key.hasSuffix(suffix) && key.count > suffix.count {
            key.removeLast(suffix.count)
        }
        return words[key]
    }

    private static let words: [String: Treatment] = {
        var table: [String: Treatment] = [:]
        let lists: [(Treatment, [String])] = [
            (.reduce, ["低減", "軽減", "修正", "最適化", "対策", "reduce", "reduction", "mitigate", "mitigation", "modify", "modification", "treat"]),
            (.avoid, ["回避", "avoid", "avoidance", "terminate"]),
            (.transfer, ["移転", "共有", "転嫁", "transfer", "share", "sharing"]),
            (.accept, ["受容", "保有", "受け入れ", "accept", "acceptance", "retain", "retention", "tolerate"]),
        ]
        for (treatment, list) in lists {
            for word in list { table[TextNormaliser.key(word)] = treatment }
        }
        return table
    }()
}
