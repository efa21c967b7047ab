import Foundation

/// Reads the dates Japanese registers are written with.
///
/// Accepted: `2020/12/25`, `2020-12-25`, `2020.12.25`, `2020年12月25日`, `20201225`,
/// `令和2年12月25日`, `令和元年5月1日`, `R2.12.25`, `H31.4.30`, `令2/12/25`, full-width forms of all of
/// these, a time after the date (ignored), and Excel serial day numbers (`44190`, 1900 date system).
public enum DateParser {
    /// The outcome of reading a date.
    public enum Result: Equatable, Sendable {
        /// A date, with a warning when it was read under an assumption.
        case date(CalendarDate, warning: DiagnosticMessage?)
        /// Not a date; the message says why.
        case invalid(DiagnosticMessage)

        /// The date, if there is one.
        public var date: CalendarDate? {
            if case .date(let date, _) = self { return date }
            return nil
        }
    }

    /// Reads `text`; the caller has already checked it is not empty.
    public static func parse(_ text: String) -> Result {
        let normalised = stripTime(TextNormaliser.normalise(text))
        if let serial = excelSerial(normalised) { return serial }
        var scalars = Substring(normalised)
        let era = takeEra(&scalars)
        guard let parts = numbers(in: scalars), parts.count == 3 else { return .invalid(.unparseableDate) }
        if let era {
            let year = era.firstYear + parts[0] - 1
            guard parts[0] >= 1, let date = CalendarDate(year: year, month: parts[1], day: parts[2]) else {
                return .invalid(.unparseableDate)
            }
            if date < era.start { return .invalid(.dateBeforeEra(era: era.name, start: era.start.iso8601)) }
            if let end = era.end, date > end {
                return .date(date, warning: .dateAfterEra(era: era.name, end: end.iso8601, read: date.iso8601))
            }
            return .date(date, warning: nil)
        }
        guard parts[0] >= 1000, let date = CalendarDate(year: parts[0], month: parts[1], day: parts[2]) else {
            return .invalid(.unparseableDate)
        }
        return .date(date, warning: nil)
    }

    /// Drops a time of day after the date: `2020/12/25 10:30`, `2020-12-25T10:30:00`.
    private static func stripTime(_ text: String) -> String {
        guard let colon = text.firstIndex(of: ":") else { return text }
        let head = text[..<colon]
        guard let cut = head.lastIndex(where: { $0 == " " || $0 == "T" }) else { return text }
        return String(text[..<cut]).trimmingCharacters(in: .whitespaces)
    }

    /// A bare number is an Excel serial, or `YYYYMMDD` when it has eight digits.
    private static func excelSerial(_ text: String) -> Result? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            text.filter({ $0 == "." }).count <= 1
        else { return nil }
        if text.count == 8, let value = Int(text) {
            guard let date = CalendarDate(year: value / 10000, month: value / 100 % 100, day: value % 100) else {
                return .invalid(.unparseableDate)
            }
            return .date(date, warning: nil)
        }
        guard let value = Double(text), value >= 1, value < 2_958_466,
            let date = CalendarDate(excelSerial: Int(value))
        else { return .invalid(.unparseableDate) }
        return .date(date, warning: nil)
    }

    private static func takeEra(_ text: inout Substring) -> JapaneseEra? {
        for era in JapaneseEra.all {
            for prefix in [era.name, String(era.name.prefix(1)), String(era.letter), String(era.letter).lowercased()]
            where text.hasPrefix(prefix) {
                let rest = text.dropFirst(prefix.count)
                // "R2.12.25" or "令和元年": the era must be followed by a year.
                if let next = rest.first, next.isNumber || next == "元" {
                    text = rest
                    return era
                }
            }
        }
        return nil
    }

    /// Splits `2.12.25`, `元年5月1日` or `2020/12/25` into its numbers; `nil` if anything else is there.
    private static func numbers(in text: Substring) -> [Int]? {
        var parts: [Int] = []
        var current = ""
        func flush() -> Bool {
            guard !current.isEmpty else { return true }
            guard let value = Int(current) else { return false }
            parts.append(value)
            current = ""
            return true
        }
        var rest = text[...]
        if rest.hasPrefix("元") {
            parts.append(1)
            rest = rest.dropFirst()
        }
        for character in rest {
            if character.isASCII, character.isNumber {
                current.append(character)
            } else if separators.contains(character) {
                guard flush() else { return nil }
            } else {
                return nil
            }
        }
        guard flush() else { return nil }
        return parts
    }

    private static let separators: Set<Character> = ["/", "-", ".", "年", "月", "日", " "]
}
