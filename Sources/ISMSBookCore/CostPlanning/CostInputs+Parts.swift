import Foundation

/// ISMS audit time and the certification body's fees.
///
/// Fee of an audit = auditor-days × ``dayRate`` + ``registrationFee`` (+ ``applicationFee`` for
/// the initial audit), unless the audit's fee is given whole (``initialFee`` …). The defaults are
/// calibrated so that 30 persons give the figures of the article the project started from —
/// ¥850,000, ¥350,000, ¥350,000, ¥600,000 — within ±10 %: they are not any body's price list.
public struct ISMSFeeInputs: Sendable {
    /// Yen per auditor-day.
    public var dayRate = 80_000
    /// The body's application fee (申請料), with the initial audit only.
    public var applicationFee = 60_000
    /// The body's fixed charge with every audit: registration or maintenance of the certificate,
    /// the report and the certification decision (登録・維持料).
    public var registrationFee = 110_000
    /// The business/IT complexity adjustment of the audit time, −30 to +100 percent.
    public var complexityPercent: Decimal = 0
    /// The body's own initial audit time in auditor-days, replacing the chart.
    public var initialDays: Decimal?
    /// The whole fee of the initial audit, replacing the estimate.
    public var initialFee: Int?
    /// The whole fee of each surveillance audit.
    public var surveillanceFee: Int?
    /// The whole fee of the recertification audit.
    public var recertificationFee: Int?

    /// Creates the defaults.
    public init() {}

    /// The whole fee given for an event, if any.
    public func fixedFee(for event: AuditEvent) -> Int? {
        switch event {
        case .initial: initialFee
        case .surveillance1, .surveillance2: surveillanceFee
        case .recertification: recertificationFee
        case .pmarkApplication, .pmarkRenewal: nil
        }
    }
}

/// The Privacy Mark fee table and the business's size class.
public struct PrivacyMarkInputs: Sendable {
    /// The fee table version (``PrivacyMarkFeeTable/tax10`` by default).
    public var table = PrivacyMarkFeeTable.tax10
    /// The size class; classified from employees, industry and capital when `nil`.
    public var size: PrivacyMarkSize?
    /// The industry, for the size class.
    public var industry = PrivacyMarkIndustry.other
    /// Registered capital in yen, for the size class; `nil` when there is none.
    public var capital: Int?
    /// The new application's fees, replacing the table's for the size class.
    public var newFees: PrivacyMarkFeeTable.Fees?
    /// A renewal's fees, replacing the table's for the size class.
    public var renewalFees: PrivacyMarkFeeTable.Fees?

    /// Creates the defaults.
    public init() {}

    /// The fees of a Privacy Mark event for a size class, overrides first.
    public func fees(for event: AuditEvent, size: PrivacyMarkSize) -> PrivacyMarkFeeTable.Fees {
        switch event {
        case .pmarkApplication: newFees ?? table.fees(for: event, size: size)
        case .pmarkRenewal: renewalFees ?? table.fees(for: event, size: size)
        default: table.fees(for: event, size: size)
        }
    }
}

/// Consultant fees: none unless given.
public struct ConsultantInputs: Sendable {
    /// Whether a consultant is used (informational; fees are what count).
    public var isUsed: Bool?
    /// The one-off fee for building the management system, in year 1.
    public var initial = 0
    /// The yearly support fee, in years 2 onward (year 1 is covered by the one-off fee).
    public var yearly = 0

    /// Creates the defaults.
    public init() {}
}

/// The company's own costs: none unless given.
public struct InternalCostInputs: Sendable {
    /// A named cost: security software, locked cabinets …
    public struct Item: Sendable, Equatable {
        /// What it is.
        public var name: String
        /// Yen every year.
        public var yearly: Int
        /// Yen once, in year 1.
        public var once: Int

        /// Creates an item.
        public init(name: String, yearly: Int = 0, once: Int = 0) {
            self.name = name
            self.yearly = yearly
            self.once = once
        }
    }

    /// Fixed items.
    public var items: [Item] = []
    /// Yen per staff hour, for training and internal audits.
    public var hourlyRate = 0
    /// Training hours per participant per year.
    public var trainingHours: Decimal = 0
    /// Internal audit hours per participant per year (being audited, preparing, auditing).
    public var internalAuditHours: Decimal = 0
    /// The headcount of training and internal audits; every employee when `nil`.
    public var participants: Int?

    /// Creates the defaults.
    public init() {}
}
