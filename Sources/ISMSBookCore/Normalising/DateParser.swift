/// Reads the dates Japanese registers are written with.
///
/// Accepted: `2020/12/25`, `2020-12-25`, `2020.12.25`, `2020年12月25日`, `20201225`,
/// `令和2年12月25日`, `令和元年5月1日`, `R2.12.25`, `H31.4.30`, `令2/12/25`, full-width forms of all of
/// these, a time after the date (ignored), and Excel serial day numbers (`44190`, 1900 date system).
///
/// The parser walks the text's scalars once instead of matching patterns: registers have a date or
/// two on each of a million rows.
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
        let normalised = TextNormaliser.normalise(text)
        var scalars = Array(normalised.unicodeScalars)
        stripTime(&scalars)
        if let serial = excelSerial(scalars) { return serial }
        var position = 0
        let era = takeEra(scalars, at: &position)
        guard let parts = numbers(scalars[position...]), parts.count == 3 else { return .invalid(.unparseableDate) }
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
    private static func stripTime(_ scalars: inout [Unicode.Scalar]) {
        guard let colon = scalars.firstIndex(of: ":"),
            let cut = scalars[..<colon].lastIndex(where: { $0 == " " || $0 == "T" })
        else { return }
        scalars.removeSubrange(cut...)
        while scalars.last == " " { scalars.removeLast() }
    }

    /// A bare number is an Excel serial, or `YYYYMMDD` when it has eight digits.
    private static func excelSerial(_ scalars: [Unicode.Scalar]) -> Result? {
        var dots = 0
        for scalar in scalars {
            if scalar == "." {
                dots += 1
            } else if !isDigit(scalar) {
                return nil
            }
        }
        guard !scalars.isEmpty, dots <= 1 else { return nil }
        let text = String(String.UnicodeScalarView(scalars))
        if scalars.count == 8, dots == 0, let value = Int(text) {
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

    /// An era at the start: its name (令和), its first kanji (令) or its letter (R, r), followed by
    /// a year (a digit or 元).
    private static func takeEra(_ scalars: [Unicode.Scalar], at position: inout Int) -> JapaneseEra? {
        guard let first = scalars.first, !isDigit(first) else { return nil }
        for era in JapaneseEra.all {
            let name = Array(era.name.unicodeScalars)
            let letter = era.letter.unicodeScalars.first
            var length = 0
            if scalars.starts(with: name) {
                length = name.count
            } else if first == name[0] {
                length = 1
            } else if let letter, first == letter || first.value == letter.value + 0x20 {
                length = 1
            }
            guard length > 0, length < scalars.count else { continue }
            let next = scalars[length]
            if isDigit(next) || next == "元" {
                position = length
                return era
            }
        }
        return nil
    }

    /// Splits `2.12.25`, `元年5月1日` or `2020/12/25` into its numbers; `nil` if anything else is there.
    private static func numbers(_ scalars: ArraySlice<Unicode.Scalar>) -> [Int]? {
        var parts: [Int] = []
        var current = -1
        var digits = 0
        var rest = scalars
        if rest.first == "元" {
            parts.append(1)
            rest = rest.dropFirst()
        }
        for scalar in rest {
            if isDigit(scalar) {
                digits += 1
                guard digits <= 9 else { return nil }
                current = max(current, 0) * 10 + Int(scalar.value - 0x30)
            } else if separators.contains(scalar) {
                if current >= 0 { parts.append(current) }
                current = -1
                digits = 0
            } else {
                return nil
            }
        }
        if current >= 0 { parts.append(current) }
        return parts
    }

    @inline(__always)
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    private static let separators: Set<Unicode.Scalar> = ["/", "-", ".", "年", "月", "日", " "]
}
