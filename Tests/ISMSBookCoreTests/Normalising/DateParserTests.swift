import ISMSBookCore
import Testing

struct DateParserTests {
    @Test(arguments: [
        ("2020/12/25", "2020-12-25"),
        ("2020-12-25", "2020-12-25"),
        ("2020.12.25", "2020-12-25"),
        ("2020年12月25日", "2020-12-25"),
        ("2020年1月5日", "2020-01-05"),
        ("令和2年12月25日", "2020-12-25"),
        ("令和元年5月1日", "2019-05-01"),
        ("R2.12.25", "2020-12-25"),
        ("r02.12.25", "2020-12-25"),
        ("H31.4.30", "2019-04-30"),
        ("平成31年4月30日", "2019-04-30"),
        ("平31.4.30", "2019-04-30"),
        ("昭和64年1月7日", "1989-01-07"),
        ("S39.10.10", "1964-10-10"),
        ("大正15年12月24日", "1926-12-24"),
        ("明治45年7月29日", "1912-07-29"),
        ("２０２０／１２／２５", "2020-12-25"),
        ("令和２年１２月２５日", "2020-12-25"),
        ("  2020/12/25  ", "2020-12-25"),
        ("2020/12/25 10:30", "2020-12-25"),
        ("2020-12-25T10:30:00", "2020-12-25"),
        ("44190", "2020-12-25"),
        ("44190.5", "2020-12-25"),
        ("61", "1900-03-01"),
        ("59", "1900-02-28"),
        ("20201225", "2020-12-25"),
    ])
    func readsDate(input: String, expected: String) {
        let result = DateParser.parse(input)
        #expect(result.date?.iso8601 == expected)
        if case .date(_, let warning) = result { #expect(warning == nil) }
    }

    @Test(arguments: ["来年度", "2020/13/01", "2021/02/29", "令和2年", "12/25", "20/12/25", "2020年12月", "令和0年1月1日", "60", "abc", "0"])
    func rejectsNonDates(input: String) {
        #expect(DateParser.parse(input).date == nil)
    }

    @Test func dateBeforeTheEraStartedIsAnError() {
        #expect(DateParser.parse("令和元年4月30日") == .invalid(.dateBeforeEra(era: "令和", start: "2019-05-01")))
        #expect(DateParser.parse("平成元年1月7日") == .invalid(.dateBeforeEra(era: "平成", start: "1989-01-08")))
    }

    @Test func dateAfterTheEraEndedIsReadWithAWarning() {
        // Forms printed before 2019 still say 平成32年; it means 2020.
        guard case .date(let date, let warning?) = DateParser.parse("平成32年4月1日") else {
            Issue.record("expected a date with a warning")
            return
        }
        #expect(date.iso8601 == "2020-04-01")
        #expect(warning.code == "date-after-era")
    }
}

struct CalendarDateTests {
    @Test(arguments: [
        ("1900-01-01", 1), ("1900-02-28", 59), ("1900-03-01", 61), ("1970-01-01", 25_569), ("2020-12-25", 44_190),
        ("9999-12-31", 2_958_465),
    ])
    func excelSerialsFollowThe1900System(date: String, serial: Int) throws {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        let day = try #require(CalendarDate(year: parts[0], month: parts[1], day: parts[2]))
        #expect(day.excelSerial == serial)
        #expect(CalendarDate(excelSerial: serial) == day)
    }

    @Test func serialSixtyIsTheFictitiousLeapDay() {
        #expect(CalendarDate(excelSerial: 60) == nil)
    }

    @Test func addingYearsClampsTheLeapDay() throws {
        let leapDay = try #require(CalendarDate(year: 2020, month: 2, day: 29))
        #expect(leapDay.adding(years: 1)?.iso8601 == "2021-02-28")
        #expect(leapDay.adding(years: 4)?.iso8601 == "2024-02-29")
        #expect(leapDay.adding(months: 12)?.iso8601 == "2021-02-28")
    }

    @Test func daysSinceEpochRoundTripsOverCenturies() {
        for days in stride(from: -800_000, through: 2_900_000, by: 997) {
            let date = CalendarDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
        }
    }

    @Test func rejectsDaysThatDoNotExist() {
        #expect(CalendarDate(year: 2021, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2020, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
    }
}
