/// What kind of personal data an asset holds, in the terms of Japan's Act on the Protection of
/// Personal Information (個人情報保護法) and the My Number Act (番号法).
public enum PersonalDataKind: String, Sendable, CaseIterable, Comparable {
    /// No personal data (なし).
    case none
    /// Personal information (個人情報).
    case personal
    /// Special-care-required personal information (要配慮個人情報).
    case sensitive
    /// Specific personal information: data with an individual number (特定個人情報).
    case myNumber = "my_number"

    /// The Japanese term.
    public var japanese: String {
        switch self {
        case .none: "なし"
        case .personal: "個人情報"
        case .sensitive: "要配慮個人情報"
        case .myNumber: "特定個人情報"
        }
    }

    /// The English term.
    public var english: String {
        switch self {
        case .none: "none"
        case .personal: "personal"
        case .sensitive: "sensitive"
        case .myNumber: "my number"
        }
    }

    /// The label a workbook shows.
    public var label: LocalizedText { LocalizedText(japanese, english) }

    /// The lowest asset value (重要度) this kind of data imposes: 2 for personal data, 3 for
    /// sensitive or my-number data, following the IPA SME guideline's risk analysis sheet.
    public var minimumAssetValue: Int {
        switch self {
        case .none: 1
        case .personal: 2
        case .sensitive, .myNumber: 3
        }
    }

    public static func < (lhs: PersonalDataKind, rhs: PersonalDataKind) -> Bool {
        lhs.minimumAssetValue < rhs.minimumAssetValue || (lhs == .sensitive && rhs == .myNumber)
    }

    /// Reads a cell: なし・個人情報・要配慮個人情報・特定個人情報, the English words, yes/no, 有/無, ○/×
    /// (a plain yes means personal). Several kinds in one cell give the most sensitive one.
    public static func parse(_ text: String) -> PersonalDataKind? {
        if let kind = words[text] { return kind }  // most cells are written exactly so
        let whole = TextNormaliser.key(text)
        if let kind = words[whole] { return kind }
        let parts = TextNormaliser.normalise(text)
            .split(whereSeparator: { ",、;；/|\n・ ".contains($0) })
            .map { TextNormaliser.key(String($0)) }
            .filter { !$0.isEmpty }
        guard parts.count > 1 else { return nil }
        var result: PersonalDataKind?
        for part in parts {
            guard let kind = words[part] else { return nil }
            result = max(result ?? kind, kind)
        }
        return result
    }

    /// Reads a yes/no flag column (IPA's separate 要配慮個人情報 / 特定個人情報 columns).
    static func parseFlag(_ text: String) -> Bool? {
        switch words[text] ?? words[TextNormaliser.key(text)] {
        case .none?: false
        case nil: nil
        default: true
        }
    }

    private static let words: [String: PersonalDataKind] = {
        var table: [String: PersonalDataKind] = [:]
        let none = ["なし", "無し", "無", "ない", "×", "✕", "x", "no", "n", "none", "false", "0", "非該当", "該当なし"]
        let personal = [
            "個人情報", "あり", "有り", "有", "○", "〇", "◯", "●", "✓", "✔", "yes", "y", "true", "1", "該当",
            "personal", "personaldata", "personalinformation", "pii",
        ]
        let sensitive = ["要配慮個人情報", "要配慮", "sensitive", "sensitivepersonaldata", "specialcare"]
        let myNumber = [
            "特定個人情報", "マイナンバー", "個人番号", "mynumber", "my_number", "specificpersonalinformation",
        ]
        for (kind, list) in [(PersonalDataKind.none, none), (.personal, personal), (.sensitive, sensitive), (.myNumber, myNumber)] {
            for word in list { table[TextNormaliser.key(word)] = kind }
        }
        return table
    }()
}
