/// Reads a retention (保管期間 / 保存期限): a date, a period counted from the recording date, or
/// permanent.
public enum RetentionParser {
    /// What a retention cell says.
    public enum Retention: Equatable, Sendable {
        /// Kept until this day.
        case until(CalendarDate)
        /// Kept for a number of months (years × 12) from the recording date.
        case period(months: Int)
        /// Kept for ever (永年, 永久).
        case permanent
    }

    /// The outcome of reading a retention.
    public enum Result: Equatable, Sendable {
        /// A retention, with a warning when its date was read under an assumption.
        case retention(Retention, warning: DiagnosticMessage?)
        /// Not understood; the message says why.
        case invalid(DiagnosticMessage)
    }

    /// Reads `text`; the caller has checked it is not empty.
    public static func parse(_ text: String) -> Result {
        let key = TextNormaliser.key(text)
        if permanentWords.contains(key) { return .retention(.permanent, warning: nil) }
        if let months = period(key) { return .retention(.period(months: months), warning: nil) }
        switch DateParser.parse(text) {
        case .date(let date, let warning): return .retention(.until(date), warning: warning)
        case .invalid(let message):
            return .invalid(message == .unparseableDate ? .unparseableRetention : message)
        }
    }

    /// The end of retention for a record made on `recordedOn`, or `nil` for permanent retention.
    public static func end(of retention: Retention, recordedOn: CalendarDate?) -> CalendarDate? {
        switch retention {
        case .until(let date): date
        case .period(let months): recordedOn?.adding(months: months)
        case .permanent: nil
        }
    }

    /// `5年`, `5年間`, `5年保存`, `7 years`, `6ヶ月`, `18 months`.
    private static func period(_ key: String) -> Int? {
        let digits = key.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 3, let count = Int(digits) else { return nil }
        var unit = String(key.dropFirst(digits.count))
        for suffix in ["保存", "保管", "間"] where unit.hasSuffix(suffix) { unit.removeLast(suffix.count) }
        if unit.hasSuffix("間") { unit.removeLast() }
        if yearUnits.contains(unit) { return count * 12 }
        if monthUnits.contains(unit) { return count }
        return nil
    }

    private static let permanentWords: Set<String> = Set(
        ["永年", "永久", "永年保存", "永久保存", "無期限", "permanent", "permanently", "indefinite", "indefinitely", "forever"]
            .map(TextNormaliser.key))
    private static let yearUnits: Set<String> = ["年", "年間", "year", "years", "yr", "yrs", "y"]
    private static let monthUnits: Set<String> = ["ヶ月", "か月", "カ月", "ケ月", "箇月", "月", "month", "months", "mo"]
}
