/// Guesses a register's delimiter (comma, tab or semicolon) from its first records.
public enum DelimiterSniffer {
    /// The delimiters tried, in order of preference when the evidence is equal.
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: ";")]

    /// Picks the delimiter that splits the first records into the same number of fields (more
    /// than one), preferring the one that gives the most fields.
    static func sniff(_ sample: [UInt8]) -> UInt8 {
        var best = (delimiter: candidates[0], score: 0, fields: 0)
        for candidate in candidates {
            var tokenizer = CSVTokenizer(delimiter: candidate)
            tokenizer.feed(sample)
            let records = tokenizer.takeCompleted().prefix(20).filter { $0.bytes.count > 0 }
            guard !records.isEmpty else { continue }
            var counts: [Int: Int] = [:]
            for record in records { counts[record.fieldCount, default: 0] += 1 }
            guard let (fields, agreeing) = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }), fields > 1 else {
                continue
            }
            if agreeing > best.score || (agreeing == best.score && fields > best.fields) {
                best = (candidate, agreeing, fields)
            }
        }
        return best.delimiter
    }

    /// Reads a delimiter given on the command line: `,`, `;`, `tab`, `\t` or any single character.
    public static func parse(_ text: String) -> UInt8? {
        switch text.lowercased() {
        case "tab", "\\t", "\t": return UInt8(ascii: "\t")
        case "comma": return UInt8(ascii: ",")
        case "semicolon": return UInt8(ascii: ";")
        default:
            guard text.utf8.count == 1, let byte = text.utf8.first, byte != UInt8(ascii: "\""),
                byte != 10, byte != 13
            else { return nil }
            return byte
        }
    }
}
