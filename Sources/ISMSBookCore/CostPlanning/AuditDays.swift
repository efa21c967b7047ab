import Foundation

/// Auditor-days of the ISMS audits of one cycle, estimated from the audit-time chart.
///
/// 1. The chart gives the initial audit time for the persons in scope (``AuditTimeTable``).
/// 2. The business and IT complexity factor adjusts it, from −30 % to +100 % (ISO/IEC 27006:2015
///    B.3.4; e.g. https://lrm.jp/security_magazine/examination_man-hours).
/// 3. Each site beyond the first adds half a day (travel, opening and closing meetings). This is
///    our assumption; IAF MD 1 multi-site sampling is the body's decision.
/// 4. Surveillance is one third and recertification two thirds of the initial time (IAF MD 5
///    wording; https://iso-isms.jp/column/isms-audit-process-cost/ gives 約1/3 and 約2/3 for ISMS).
///
/// Each result is rounded up to the next half day, the unit bodies schedule in (our assumption).
public struct AuditDays: Sendable, Equatable {
    /// The chart's value for the persons in scope, before any adjustment.
    public var chart: Decimal
    /// The initial audit (stage 1 + stage 2).
    public var initial: Decimal
    /// Each surveillance audit.
    public var surveillance: Decimal
    /// The recertification audit.
    public var recertification: Decimal

    /// Creates audit days.
    public init(chart: Decimal, initial: Decimal, surveillance: Decimal, recertification: Decimal) {
        self.chart = chart
        self.initial = initial
        self.surveillance = surveillance
        self.recertification = recertification
    }

    /// Half a day per site beyond the first.
    public static let daysPerAdditionalSite = Decimal(string: "0.5") ?? 0
    /// The range the complexity factor may take, in percent.
    public static let complexityRange: ClosedRange<Decimal> = -30...100

    /// Estimates the days for `persons` in scope at `sites` sites.
    ///
    /// - Parameters:
    ///   - complexityPercent: the business/IT complexity adjustment, −30 to +100.
    ///   - initialOverride: the body's own initial audit time, replacing steps 1–3.
    public static func estimate(
        persons: Int, sites: Int = 1, complexityPercent: Decimal = 0, initialOverride: Decimal? = nil,
        table: AuditTimeTable = .iso27006
    ) -> AuditDays {
        let chart = table.initialDays(persons: persons)
        let adjusted = chart * (1 + complexityPercent / 100) + Decimal(max(sites - 1, 0)) * daysPerAdditionalSite
        let initial = YenMath.roundUpToHalfDay(initialOverride ?? adjusted)
        return AuditDays(
            chart: chart, initial: initial,
            surveillance: YenMath.roundUpToHalfDay(initial / 3),
            recertification: YenMath.roundUpToHalfDay(initial * 2 / 3))
    }

    /// The days of an ISMS audit event (0 for Privacy Mark events).
    public func days(for event: AuditEvent) -> Decimal {
        switch event {
        case .initial: initial
        case .surveillance1, .surveillance2: surveillance
        case .recertification: recertification
        case .pmarkApplication, .pmarkRenewal: 0
        }
    }
}
