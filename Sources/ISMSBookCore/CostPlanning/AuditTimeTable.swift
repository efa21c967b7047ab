import Foundation

/// The ISMS audit-time chart: persons in the scope of certification → auditor-days of the initial
/// audit (stage 1 + stage 2).
///
/// The bands are those of ISO/IEC 27006:2015 Annex B, Table B.1 (JIS Q 27006:2018 表B.1; the 2024
/// revision, ISO/IEC 27006-1:2024, has its audit-time rules in Annex C, not checked here). We have
/// not been able to read the standard's own table: the values come from our domain notes, where
/// they are marked as recalled, and agree band for band with a second-hand public transcription
/// (code reproducing Standards Malaysia CAP 03-01 (R1) Table 9, "ISO/IEC 27006 — Annex B").
/// Certification bodies apply the chart and then adjust it; a plan's `initial_days` replaces it
/// with the body's own figure. See docs/cost-plan.md.
public struct AuditTimeTable: Sendable {
    /// One row of the chart.
    public struct Band: Sendable, Equatable {
        /// The persons in scope the row covers.
        public var persons: ClosedRange<Int>
        /// Auditor-days of the initial audit, stage 1 + stage 2.
        public var days: Decimal
    }

    /// The rows, in order of persons.
    public let bands: [Band]
    /// Persons per additional auditor-day beyond the last row: the chart says "follow
    /// progression"; we extend it by one day per 2,200 persons, the width of the last row.
    public let personsPerDayBeyondTable: Int

    /// ISO/IEC 27006:2015 Table B.1 (JIS Q 27006:2018 表B.1).
    public static let iso27006 = AuditTimeTable(
        bands: [
            (1, 10, "5"), (11, 15, "6"), (16, 25, "7"), (26, 45, "8.5"), (46, 65, "10"), (66, 85, "11"),
            (86, 125, "12"), (126, 175, "13"), (176, 275, "14"), (276, 425, "15"), (426, 625, "16.5"),
            (626, 875, "17.5"), (876, 1175, "18.5"), (1176, 1550, "19.5"), (1551, 2025, "21"),
            (2026, 2675, "22"), (2676, 3450, "23"), (3451, 4350, "24"), (4351, 5450, "25"),
            (5451, 6800, "26"), (6801, 8500, "27"), (8501, 10700, "28"),
        ].map { Band(persons: $0.0...$0.1, days: Decimal(string: $0.2) ?? 0) },
        personsPerDayBeyondTable: 2200)

    /// The source, for the assumptions block.
    public static let source = "ISO/IEC 27006:2015 Annex B Table B.1 (JIS Q 27006:2018 表B.1); not checked against the standard's text, see docs/cost-plan.md"

    /// The row for `persons`, or `nil` beyond the chart.
    public func band(for persons: Int) -> Band? {
        bands.first { $0.persons.contains(persons) }
    }

    /// Auditor-days of the initial audit for `persons` (at least 1) in scope.
    public func initialDays(persons: Int) -> Decimal {
        if let band = band(for: max(persons, 1)) { return band.days }
        guard let last = bands.last else { return 0 }
        let beyond = persons - last.persons.upperBound
        let extraDays = (beyond + personsPerDayBeyondTable - 1) / personsPerDayBeyondTable
        return last.days + Decimal(extraDays)
    }
}
