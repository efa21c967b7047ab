/// Reads the yes/no cells of the binder's registers: 適用/除外 in a SoA, あり/なし for an NDA,
/// 該当/非該当 for a law, and the usual ○/×, yes/no, 有/無.
///
/// One vocabulary serves every column: no word means yes in one column and no in another, so
/// sharing it costs nothing and a register written with another column's words is still read.
public enum YesNo {
    /// `true` for yes, `false` for no, `nil` when the text is neither.
    public static func parse(_ text: String) -> Bool? {
        if let answer = words[text] { return answer }  // most cells are written exactly so
        var key = TextNormaliser.key(text)
        if let answer = words[key] { return answer }
        // 「適用する」「締結済み」「対象外とする」: a known word with a verb ending.
        for suffix in ["とする", "する", "み", "です"] where key.hasSuffix(suffix) && key.count > suffix.count {
            key.removeLast(suffix.count)
            if let answer = words[key] { return answer }
        }
        return nil
    }

    private static let words: [String: Bool] = {
        let yes = [
            "はい", "あり", "有り", "有", "○", "〇", "◯", "●", "✓", "✔", "yes", "y", "true", "1",
            "適用", "採用", "対象", "該当", "要", "済", "締結済", "締結", "実施済", "記載あり", "契約条項あり",
            "applicable", "applies", "included", "include", "in place", "signed",
        ]
        let no = [
            "いいえ", "なし", "無し", "無", "×", "✕", "x", "-", "no", "n", "false", "0",
            "除外", "適用除外", "不適用", "非適用", "適用外", "対象外", "非該当", "該当なし", "不要", "未", "未締結", "記載なし",
            "not applicable", "n/a", "na", "excluded", "exclude", "none", "not signed",
        ]
        var table: [String: Bool] = [:]
        for (answer, list) in [(true, yes), (false, no)] {
            for word in list {
                table[word] = answer
                // "-" has an empty key; an empty key would make any punctuation-only cell a no.
                let key = TextNormaliser.key(word)
                if !key.isEmpty { table[key] = answer }
            }
        }
        return table
    }()
}
