import Foundation

/// Reads ratings as departments write them.
///
/// On a 1–3 scale: `3`, `３`, `高/中/低`, `大/中/小`, `H/M/L`, `High/Medium/Low`, `3(高)`, `高(3)`.
/// On a 1–5 scale the words are 非常に高い/高/中/低/非常に低い (`Very high` … `Very low`). A value
/// written with its scale, `8/10`, is 8 on a 10 scale, and must match the scale expected.
public enum LevelParser {
    /// The outcome of reading a level.
    public enum Result: Equatable, Sendable {
        /// A level on the expected scale.
        case level(Level)
        /// Not a valid level; the message says why.
        case invalid(DiagnosticMessage)

        /// The level, if there is one.
        public var level: Level? {
            if case .level(let level) = self { return level }
            return nil
        }
    }

    /// Reads `text` as a level on a 1–`scale` scale; the caller has checked it is not empty.
    public static func parse(_ text: String, scale: Int) -> Result {
        // Most cells are a single digit; they need none of the work below.
        let utf8 = text.utf8
        if utf8.count == 1, let byte = utf8.first, byte >= 0x30 && byte <= 0x39 {
            return checked(Int(byte - 0x30), scale: scale)
        }
        let normalised = TextNormaliser.normalise(text)
        // "8/10": a value with its own scale.
        if let slash = normalised.firstIndex(of: "/") {
            guard let value = Int(normalised[..<slash].trimmingCharacters(in: .whitespaces)),
                let given = Int(normalised[normalised.index(after: slash)...].trimmingCharacters(in: .whitespaces)),
                given > 0
            else { return .invalid(.notALevel(min: 1, max: scale)) }
            guard given == scale else { return .invalid(.scaleMismatch(scale: given, expected: scale)) }
            return checked(value, scale: scale)
        }
        let digits = normalised.filter { $0.isASCII && $0.isNumber }
        let rest = normalised.filter { !($0.isASCII && $0.isNumber) }
        if !digits.isEmpty {
            // "3", "3(高)", "高(3)", "3: 高": the number decides, the word is decoration.
            guard digits.count <= 3, let value = Int(digits), isDecoration(rest) else {
                return .invalid(.notALevel(min: 1, max: scale))
            }
            if normalised.hasPrefix("-") || normalised.hasPrefix("−") { return .invalid(.outOfRange(min: 1, max: scale)) }
            return checked(value, scale: scale)
        }
        if let value = word(normalised, scale: scale) ?? word(TextNormaliser.key(normalised), scale: scale) {
            return .level(Level(value, of: scale))
        }
        return .invalid(.notALevel(min: 1, max: scale))
    }

    private static func checked(_ value: Int, scale: Int) -> Result {
        (1...scale).contains(value) ? .level(Level(value, of: scale)) : .invalid(.outOfRange(min: 1, max: scale))
    }

    /// Whether the non-digit part of "3(高)" is only brackets, separators and a level word.
    private static func isDecoration(_ rest: String) -> Bool {
        let stripped = rest.filter { !"()（）[]:：- 　".contains($0) }
        return stripped.isEmpty || word(TextNormaliser.key(stripped), scale: 3) != nil
            || word(TextNormaliser.key(stripped), scale: 5) != nil
    }

    private static func word(_ key: String, scale: Int) -> Int? {
        switch scale {
        case 3: threePoint[key]
        case 5: fivePoint[key]
        default: nil
        }
    }

    private static let threePoint: [String: Int] = [
        "高": 3, "大": 3, "h": 3, "high": 3, "hi": 3, "高い": 3,
        "中": 2, "m": 2, "medium": 2, "mid": 2, "moderate": 2, "普通": 2,
        "低": 1, "小": 1, "l": 1, "low": 1, "lo": 1, "低い": 1,
    ]

    private static let fivePoint: [String: Int] = [
        "非常に高い": 5, "極めて高い": 5, "最高": 5, "veryhigh": 5, "vh": 5,
        "高": 4, "高い": 4, "大": 4, "high": 4, "h": 4,
        "中": 3, "medium": 3, "m": 3, "moderate": 3,
        "低": 2, "低い": 2, "小": 2, "low": 2, "l": 2,
        "非常に低い": 1, "極めて低い": 1, "最低": 1, "verylow": 1, "vl": 1,
    ]
}
