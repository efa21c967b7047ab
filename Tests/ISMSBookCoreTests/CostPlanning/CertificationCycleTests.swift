import ISMSBookCore
import Testing

struct CertificationCycleTests {
    /// ISMS over 30 years, written out by hand: initial, then (S1, S2, recertification) repeating.
    @Test func ismsRunsAThreeYearCycleOverThirtyYears() {
        let expected: [AuditEvent] = [.initial, .surveillance1, .surveillance2]
            + Array(repeating: [AuditEvent.recertification, .surveillance1, .surveillance2], count: 9).flatMap { $0 }
        #expect(expected.count == 30)
        #expect((1...30).map(CertificationCycle.ismsEvent(inYear:)) == expected)
        // Recertification falls in years 4, 7, …, 28: every third year after the first.
        let recertifications = (1...30).filter { CertificationCycle.ismsEvent(inYear: $0) == .recertification }
        #expect(recertifications == [4, 7, 10, 13, 16, 19, 22, 25, 28])
    }

    /// The Privacy Mark over 30 years: application in year 1, renewal in every odd year after it.
    @Test func privacyMarkRenewsEveryTwoYearsOverThirtyYears() {
        let expected: [AuditEvent?] = [.pmarkApplication] + (2...30).map { $0 % 2 == 1 ? .pmarkRenewal : nil }
        #expect((1...30).map(CertificationCycle.pmarkEvent(inYear:)) == expected)
        #expect((1...30).compactMap(CertificationCycle.pmarkEvent(inYear:)).count == 15)
    }

    @Test func bothListsEachSchemesEvent() {
        #expect(CertificationCycle.events(of: .both, inYear: 1) == [.initial, .pmarkApplication])
        #expect(CertificationCycle.events(of: .both, inYear: 2) == [.surveillance1])
        #expect(CertificationCycle.events(of: .both, inYear: 3) == [.surveillance2, .pmarkRenewal])
        #expect(CertificationCycle.events(of: .both, inYear: 4) == [.recertification])
        #expect(CertificationCycle.events(of: .pmark, inYear: 4).isEmpty)
    }

    @Test func expiries() throws {
        let granted = try #require(CalendarDate(year: 2023, month: 12, day: 1))
        // privacymark: granted 2023-12-01, valid to 2025-11-30.
        #expect(CertificationCycle.pmarkExpiry(grantedOn: granted) == CalendarDate(year: 2025, month: 11, day: 30))
        #expect(CertificationCycle.ismsExpiry(certifiedOn: granted) == CalendarDate(year: 2026, month: 11, day: 30))
    }

    /// JIPDEC's own example: expiry 2024-12-01, window 2024-04-02 to 2024-08-01.
    @Test func renewalWindowMatchesJIPDECsExample() throws {
        let expiry = try #require(CalendarDate(year: 2024, month: 12, day: 1))
        let window = CertificationCycle.pmarkRenewalWindow(expiry: expiry)
        #expect(window.opens == CalendarDate(year: 2024, month: 4, day: 2))
        #expect(window.closes == CalendarDate(year: 2024, month: 8, day: 1))
    }

    @Test func milestonesOfBothFromACertificateDate() throws {
        let target = try #require(CalendarDate(year: 2027, month: 3, day: 31))
        let until = try #require(CalendarDate(year: 2030, month: 3, day: 31))
        let milestones = CertificationCycle.milestones(for: .both, certifiedOn: target, until: until)
        let list = milestones.map { "\($0.date.iso8601) \($0.kind.rawValue)" + ($0.endDate.map { " \($0.iso8601)" } ?? "") }
        #expect(list == [
            "2027-03-31 isms-certificate",
            "2027-03-31 pmark-grant",
            "2028-03-31 isms-surveillance1-due",
            "2028-07-31 pmark-renewal-window 2028-11-30",
            "2029-03-30 pmark-expiry",
            "2029-03-31 isms-surveillance2-due",
            "2029-03-31 pmark-renewed",
            "2030-03-30 isms-expiry",
            "2030-03-31 isms-recertified",
        ])
    }
}
