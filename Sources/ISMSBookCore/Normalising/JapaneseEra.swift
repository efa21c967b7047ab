/// The Japanese eras (元号) from Meiji to Reiwa, from a table of our own.
///
/// Foundation's Japanese calendar has had era bugs on Linux (swift-corelibs-foundation #2179;
/// swift-foundation #2061 read 平成10年 as 2098), so dates are converted here: year N of an era is
/// `firstYear + N - 1`, and 元年 is year 1. Start dates are the days each era began under the
/// Gregorian calendar: 大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01. 明治 was
/// proclaimed on 1868-10-23 but applied to the whole of that year, and Japan only took up the
/// Gregorian calendar in 1873, so 明治 dates are accepted from 1868-01-01.
public struct JapaneseEra: Sendable, Hashable {
    /// The era's name, e.g. 令和.
    public let name: String
    /// The one-letter romanisation used in short dates (`R2.12.25`).
    public let letter: Character
    /// The first day of the era.
    public let start: CalendarDate
    /// The last day of the era, or `nil` for the current one.
    public let end: CalendarDate?

    /// The Gregorian year of the era's year 1 (元年).
    public var firstYear: Int { start.year }

    /// All eras, oldest first.
    public static let all: [JapaneseEra] = {
        func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate {
            // The table is constant and every entry is a real day.
            CalendarDate(year: y, month: m, day: d) ?? CalendarDate(daysSinceEpoch: 0)
        }
        return [
            JapaneseEra(name: "明治", letter: "M", start: day(1868, 1, 1), end: day(1912, 7, 29)),
            JapaneseEra(name: "大正", letter: "T", start: day(1912, 7, 30), end: day(1926, 12, 24)),
            JapaneseEra(name: "昭和", letter: "S", start: day(1926, 12, 25), end: day(1989, 1, 7)),
            JapaneseEra(name: "平成", letter: "H", start: day(1989, 1, 8), end: day(2019, 4, 30)),
            JapaneseEra(name: "令和", letter: "R", start: day(2019, 5, 1), end: nil),
        ]
    }()

    /// Finds an era by its name (令和), its first kanji (令) or its letter (R, r).
    public static func named(_ text: String) -> JapaneseEra? {
        all.first { era in
            text == era.name || text == String(era.name.prefix(1)) || text.uppercased() == String(era.letter)
        }
    }
}
