import Foundation
import ISMSBookCore
import Testing

struct AuditTimeTableTests {
    /// Every band of ISO/IEC 27006:2015 Table B.1, checked at both ends: (persons, days).
    static let bands: [(Int, Int, String)] = [
        (1, 10, "5"), (11, 15, "6"), (16, 25, "7"), (26, 45, "8.5"), (46, 65, "10"), (66, 85, "11"), (86, 125, "12"),
        (126, 175, "13"), (176, 275, "14"), (276, 425, "15"), (426, 625, "16.5"), (626, 875, "17.5"), (876, 1175, "18.5"),
        (1176, 1550, "19.5"), (1551, 2025, "21"), (2026, 2675, "22"), (2676, 3450, "23"), (3451, 4350, "24"),
        (4351, 5450, "25"), (5451, 6800, "26"), (6801, 8500, "27"), (8501, 10700, "28"),
    ]

    @Test(arguments: bands)
    func eachBandGivesItsDaysAtBothEnds(lower: Int, upper: Int, days: String) throws {
        let expected = try #require(Decimal(string: days))
        #expect(AuditTimeTable.iso27006.initialDays(persons: lower) == expected)
        #expect(AuditTimeTable.iso27006.initialDays(persons: upper) == expected)
        #expect(AuditTimeTable.iso27006.band(for: lower)?.persons == lower...upper)
    }

    @Test func bandsAreContiguous() {
        let bands = AuditTimeTable.iso27006.bands
        #expect(bands.count == 22)
        for (previous, next) in zip(bands, bands.dropFirst()) {
            #expect(next.persons.lowerBound == previous.persons.upperBound + 1)
            #expect(next.days > previous.days)
        }
    }

    @Test(arguments: [(10_701, 29), (12_900, 29), (12_901, 30), (20_000, 33)])
    func beyondTheChartOneDayPer2200Persons(persons: Int, days: Int) {
        #expect(AuditTimeTable.iso27006.initialDays(persons: persons) == Decimal(days))
    }

    /// (persons, sites, complexity %, override, initial, surveillance, recertification)
    @Test(arguments: [
        (30, 1, "0", nil, "8.5", "3", "6"),  // 8.5/3 = 2.83 → 3; 8.5×2/3 = 5.67 → 6
        (30, 1, "-30", nil, "6", "2", "4"),  // 8.5×0.7 = 5.95 → 6
        (30, 1, "100", nil, "17", "6", "11.5"),  // 17/3 = 5.67 → 6; 34/3 = 11.33 → 11.5
        (30, 3, "0", nil, "9.5", "3.5", "6.5"),  // + 2 × 0.5 day; 9.5/3 = 3.17 → 3.5; 6.33 → 6.5
        (5, 1, "0", nil, "5", "2", "3.5"),  // 5/3 = 1.67 → 2; 10/3 = 3.33 → 3.5
        (300, 1, "0", "10", "10", "3.5", "7"),  // the body's own figure
    ] as [(Int, Int, String, String?, String, String, String)])
    func estimatesTheCycle(
        persons: Int, sites: Int, complexity: String, override: String?, initial: String, surveillance: String, recertification: String
    ) {
        let days = AuditDays.estimate(
            persons: persons, sites: sites, complexityPercent: Decimal(string: complexity) ?? 0,
            initialOverride: override.flatMap { Decimal(string: $0) })
        #expect(days.initial == Decimal(string: initial))
        #expect(days.surveillance == Decimal(string: surveillance))
        #expect(days.recertification == Decimal(string: recertification))
    }

    @Test(arguments: [("2.8333", "3"), ("3", "3"), ("3.01", "3.5"), ("5.5", "5.5"), ("5.51", "6")])
    func halfDaysRoundUp(value: String, expected: String) {
        #expect(YenMath.roundUpToHalfDay(Decimal(string: value) ?? 0) == Decimal(string: expected))
    }
}
