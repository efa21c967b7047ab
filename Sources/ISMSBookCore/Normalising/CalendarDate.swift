/// A day in the proleptic Gregorian calendar, with no time and no time zone.
///
/// Registers record days (記入日, 保存期限, 期限); a `Date` would drag in time zones that shift a day
/// at midnight. This type also converts to Excel's serial day numbers.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, e.g. 2020.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// Creates a date, or returns `nil` if the day does not exist (2021-02-29, 2020-13-01).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD` exactly as ``iso8601`` writes it (four, two and two digits); `nil` for
    /// anything else or a day that does not exist.
    public init?(iso8601 text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`.
    public var description: String { iso8601 }

    /// `YYYY-MM-DD`.
    public var iso8601: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil, on a calendar whose years start in March.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// Excel's serial day number in the 1900 date system.
    ///
    /// Excel counts 1900-01-01 as day 1 and believes 1900 was a leap year (serial 60 is the
    /// non-existent 1900-02-29), so from 1900-03-01 on the serial is the count of days since
    /// 1899-12-30 (ECMA-376 Part 1, §18.17.4.1).
    public var excelSerial: Int {
        let days = daysSinceEpoch + 25_569
        return days < 61 ? days - 1 : days
    }

    /// The date of an Excel serial in the 1900 date system, or `nil` for serial 60 (1900-02-29,
    /// which does not exist) and serials outside 1–2,958,465 (9999-12-31).
    public init?(excelSerial serial: Int) {
        guard (1...2_958_465).contains(serial), serial != 60 else { return nil }
        self.init(daysSinceEpoch: (serial < 60 ? serial + 1 : serial) - 25_569)
    }

    /// The same day `years` years later; 29 February becomes 28 February in a common year.
    public func adding(years: Int) -> CalendarDate? {
        let target = year + years
        return CalendarDate(year: target, month: month, day: min(day, CalendarDate.daysIn(month: month, year: target)))
    }

    /// The same day `months` months later, clamped to the end of the month.
    public func adding(months: Int) -> CalendarDate? {
        let index = year * 12 + (month - 1) + months
        let (targetYear, targetMonth) = (index / 12, index % 12 + 1)
        guard (1...9999).contains(targetYear) else { return nil }
        return CalendarDate(
            year: targetYear, month: targetMonth,
            day: min(day, CalendarDate.daysIn(month: targetMonth, year: targetYear)))
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
