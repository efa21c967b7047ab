/// How far a risk's treatment has got (対応状況), as the register records it.
public enum TreatmentStatus: String, Sendable, CaseIterable {
    /// 未着手, 計画中, 予定: decided, not started.
    case planned
    /// 実施中, 対応中, 着手: under way.
    case inProgress = "in_progress"
    /// 完了, 実施済, 対応済: carried out.
    case done

    /// The label a workbook shows.
    public var label: LocalizedText {
        switch self {
        case .planned: LocalizedText("未着手", "Planned")
        case .inProgress: LocalizedText("実施中", "In progress")
        case .done: LocalizedText("完了", "Done")
        }
    }

    /// Reads a cell in any of the usual spellings, Japanese or English.
    public static func parse(_ text: String) -> TreatmentStatus? {
        words[TextNormaliser.key(text)]
    }

    private static let words: [String: TreatmentStatus] = {
        var table: [String: TreatmentStatus] = [:]
        let lists: [(TreatmentStatus, [String])] = [
            (.planned, ["未着手", "計画中", "予定", "計画", "未実施", "未対応", "planned", "plan", "not started", "to do", "todo", "open"]),
            (.inProgress, ["実施中", "対応中", "着手", "着手済", "着手済み", "進行中", "in_progress", "in progress", "ongoing", "started",
                           "doing"]),
            (.done, ["完了", "実施済", "実施済み", "対応済", "対応済み", "済", "済み", "done", "completed", "complete", "closed",
                     "implemented"]),
        ]
        for (status, list) in lists {
            for word in list { table[TextNormaliser.key(word)] = status }
        }
        return table
    }()
}
