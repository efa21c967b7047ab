/// The certification cycles: which event each plan year pays for, and the dated milestones once
/// the certificate date is known.
///
/// - ISMS: a certificate is valid for 3 years. The initial audit (stage 1 + stage 2) comes first,
///   a surveillance audit in each of the next two years, then a recertification audit before the
///   certificate expires, and the cycle repeats (ISO/IEC 17021-1:2015 9.1.2, 9.6; e.g.
///   https://gcerti.jp/column/isms-shinsa-kaisetsu). The first surveillance is due within
///   12 months of the certification decision (ISO/IEC 17021-1:2015 9.6.2.2).
/// - Privacy Mark: a grant is valid for 2 years, and the renewal application is due from 8 to
///   4 months before it expires (https://privacymark.jp/p-application/update/index.html). A plan
///   counts the new application in year 1 and a renewal in years 3, 5, 7 … — the fiscal year in
///   which the grant expires and the renewal audit and grant fall when the grant is at the start
///   of year 1.
public enum CertificationCycle {
    /// Years an ISMS certificate is valid.
    public static let ismsValidityYears = 3
    /// Years a Privacy Mark grant is valid.
    public static let pmarkValidityYears = 2

    /// The ISMS audit of plan year `year` (1-based): initial, surveillance 1, surveillance 2,
    /// recertification, surveillance 1, …
    public static func ismsEvent(inYear year: Int) -> AuditEvent {
        switch (max(year, 1) - 1) % ismsValidityYears {
        case 0: year <= 1 ? .initial : .recertification
        case 1: .surveillance1
        default: .surveillance2
        }
    }

    /// The Privacy Mark event of plan year `year` (1-based): the application in year 1, a renewal
    /// every second year after it, nothing in between.
    public static func pmarkEvent(inYear year: Int) -> AuditEvent? {
        if year <= 1 { return .pmarkApplication }
        return (year - 1) % pmarkValidityYears == 0 ? .pmarkRenewal : nil
    }

    /// The events of one scheme (or both) in plan year `year`.
    public static func events(of scheme: CertificationScheme, inYear year: Int) -> [AuditEvent] {
        scheme.components.compactMap { $0 == .isms ? ismsEvent(inYear: year) : pmarkEvent(inYear: year) }
    }

    /// The last day of an ISMS certificate issued on `day`.
    public static func ismsExpiry(certifiedOn day: CalendarDate) -> CalendarDate {
        day.adding(years: ismsValidityYears).map(\.previousDay) ?? day
    }

    /// The last day of a Privacy Mark grant made on `day` (granted 2023-12-01: valid to 2025-11-30).
    public static func pmarkExpiry(grantedOn day: CalendarDate) -> CalendarDate {
        day.adding(years: pmarkValidityYears).map(\.previousDay) ?? day
    }

    /// The renewal application window of a grant that expires on `expiry`: from the day after the
    /// date 8 months earlier to the date 4 months earlier. JIPDEC's example: expiry 2024-12-01,
    /// window 2024-04-02 to 2024-08-01. (A last day on a holiday moves to the next business day;
    /// holidays are not modelled here.)
    public static func pmarkRenewalWindow(expiry: CalendarDate) -> (opens: CalendarDate, closes: CalendarDate) {
        let opens = expiry.adding(months: -8).map(\.nextDay) ?? expiry
        let closes = expiry.adding(months: -4) ?? expiry
        return (opens, closes)
    }

    /// The dated milestones of a scheme (or both) from a certificate or grant on `day` until
    /// `until`, in date order.
    public static func milestones(for scheme: CertificationScheme, certifiedOn day: CalendarDate, until: CalendarDate) -> [Milestone] {
        var result: [Milestone] = []
        for component in scheme.components {
            var start = day
            var cycle = 0
            while start <= until, cycle < 30 {
                result += component == .isms ? ismsMilestones(start, first: cycle == 0) : pmarkMilestones(start, first: cycle == 0)
                start = (component == .isms ? ismsExpiry(certifiedOn: start) : pmarkExpiry(grantedOn: start)).nextDay
                cycle += 1
            }
        }
        return result.filter { $0.date <= until }.sorted { ($0.date, $0.kind.order) < ($1.date, $1.kind.order) }
    }

    private static func ismsMilestones(_ start: CalendarDate, first: Bool) -> [Milestone] {
        let expiry = ismsExpiry(certifiedOn: start)
        var list = [Milestone(kind: first ? .ismsCertificate : .ismsRecertified, date: start)]
        for number in 1...2 {
            if let due = start.adding(months: 12 * number) {
                list.append(Milestone(kind: number == 1 ? .ismsSurveillance1Due : .ismsSurveillance2Due, date: due))
            }
        }
        list.append(Milestone(kind: .ismsExpiry, date: expiry))
        return list
    }

    private static func pmarkMilestones(_ start: CalendarDate, first: Bool) -> [Milestone] {
        let expiry = pmarkExpiry(grantedOn: start)
        let window = pmarkRenewalWindow(expiry: expiry)
        return [
            Milestone(kind: first ? .pmarkGrant : .pmarkRenewed, date: start),
            Milestone(kind: .pmarkRenewalWindow, date: window.opens, endDate: window.closes),
            Milestone(kind: .pmarkExpiry, date: expiry),
        ]
    }
}

extension CalendarDate {
    /// The day before.
    public var previousDay: CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch - 1) }
    /// The day after.
    public var nextDay: CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + 1) }
    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + days) }
}
