import Foundation

/// Everything a cost plan is computed from, each with a documented default.
///
/// Money is whole yen. Rates are percentages (`2` is 2 %) held as `Decimal`. Consultant and
/// internal costs are zero unless given, so a plan made of defaults shows the certification fees
/// alone. The defaults and their sources are listed in docs/cost-plan.md; ``sources`` records
/// which values came from an option or a plan file instead.
public struct CostInputs: Sendable {
    /// ISMS, the Privacy Mark, or both.
    public var scheme: CertificationScheme = .isms
    /// The fiscal year (年度, named by the calendar year it starts in) of plan year 1.
    public var startYear: Int
    /// The month the fiscal year starts in; most Japanese companies start in April.
    public var fiscalYearStartMonth = 4
    /// The horizon, 1–30 years.
    public var years = 6
    /// Persons in the scope of certification (ISMS) and employees (従業者, Privacy Mark).
    public var employees: Int
    /// Sites in scope.
    public var sites = 1
    /// ISMS audit time and fees.
    public var isms = ISMSFeeInputs()
    /// Privacy Mark fee table and size class.
    public var pmark = PrivacyMarkInputs()
    /// Consultant fees.
    public var consultant = ConsultantInputs()
    /// The company's own costs.
    public var internalCosts = InternalCostInputs()
    /// Yearly price escalation in percent, applied to every line from year 2 (year y × (1+e)^(y−1)).
    public var escalationPercent: Decimal = 0
    /// The discount rate in percent for the present value; no present value when `nil`.
    public var discountRatePercent: Decimal?
    /// The budget for year 1, for the warning when the plan's first year costs more.
    public var budget: Int?
    /// Where values that are not defaults came from.
    public var sources: [Key: InputSource] = [:]

    /// Inputs with every default, for `employees` persons and a plan starting in fiscal year `startYear`.
    public init(employees: Int, startYear: Int) {
        self.employees = employees
        self.startYear = startYear
    }

    /// The fiscal year (named by its starting calendar year) that contains `day`.
    public static func fiscalYear(containing day: CalendarDate, startMonth: Int) -> Int {
        day.month >= startMonth ? day.year : day.year - 1
    }

    /// Checks every value's range.
    ///
    /// - Throws: ``CostInputError`` naming the first input out of range.
    public func validate() throws {
        func check(_ condition: Bool, _ key: Key, _ message: String) throws {
            if !condition { throw CostInputError(key: key, source: sources[key], message: message) }
        }
        try check((1...30).contains(years), .years, "the horizon must be 1 to 30 years, not \(years)")
        try check(employees >= 1, .employees, "must be at least 1, not \(employees)")
        try check(employees <= 10_000_000, .employees, "\(employees) is not a headcount")
        try check(sites >= 1 && sites <= 10_000, .sites, "must be 1 to 10,000, not \(sites)")
        try check((1...12).contains(fiscalYearStartMonth), .fiscalYearStartMonth, "must be a month 1–12, not \(fiscalYearStartMonth)")
        try check((1900...9000).contains(startYear), .startYear, "must be a year 1900–9000, not \(startYear)")
        try check(AuditDays.complexityRange.contains(isms.complexityPercent), .complexityPercent,
                  "must be −30 to +100 percent, not \(isms.complexityPercent)")
        if let days = isms.initialDays {
            try check(days > 0 && days <= 1000, .initialDays, "must be more than 0 and at most 1,000 days, not \(days)")
        }
        let money: [(Key, Int?)] = [
            (.dayRate, isms.dayRate), (.applicationFee, isms.applicationFee), (.registrationFee, isms.registrationFee),
            (.feeInitial, isms.initialFee), (.feeSurveillance, isms.surveillanceFee),
            (.feeRecertification, isms.recertificationFee), (.consultantInitial, consultant.initial),
            (.consultantYearly, consultant.yearly), (.hourlyRate, internalCosts.hourlyRate), (.budget, budget),
            (.capital, pmark.capital), (.participants, internalCosts.participants),
        ]
        for (key, value) in money {
            if let value { try check(value >= 0 && value <= 1_000_000_000_000, key, "must be 0 or more, not \(value)") }
        }
        for fees in [pmark.newFees, pmark.renewalFees].compactMap({ $0 }) {
            let parts = [fees.application, fees.examination, fees.registration]
            try check(parts.allSatisfy { (0...1_000_000_000_000).contains($0) }, .pmarkFees, "fees must be 0 to ¥1,000,000,000,000")
        }
        try check(internalCosts.items.count <= 1000, .internalItems, "at most 1,000 items, not \(internalCosts.items.count)")
        for item in internalCosts.items {
            let range = 0...1_000_000_000_000
            try check(range.contains(item.yearly) && range.contains(item.once), .internalItems,
                      "'\(item.name)': amounts must be 0 to ¥1,000,000,000,000")
        }
        try check(internalCosts.trainingHours >= 0 && internalCosts.trainingHours <= 2000, .trainingHours, "must be 0 to 2,000 hours")
        try check(internalCosts.internalAuditHours >= 0 && internalCosts.internalAuditHours <= 2000, .internalAuditHours,
                  "must be 0 to 2,000 hours")
        try check(escalationPercent >= -50 && escalationPercent <= 100, .escalationPercent,
                  "must be −50 to 100 percent a year, not \(escalationPercent)")
        if let rate = discountRatePercent {
            try check(rate > -50 && rate <= 100, .discountRatePercent, "must be more than −50 and at most 100 percent, not \(rate)")
        }
    }

    /// The headcount of training and internal audits: ``InternalCostInputs/participants``, else
    /// every employee.
    public var participants: Int { internalCosts.participants ?? employees }
}

/// An input out of range; the CLI prints it against the option or the plan file line it came from.
public struct CostInputError: Error, Sendable, CustomStringConvertible {
    /// The input.
    public var key: CostInputs.Key
    /// Where its value came from, if not a default.
    public var source: InputSource?
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(key: CostInputs.Key, source: InputSource?, message: String) {
        self.key = key
        self.source = source
        self.message = message
    }

    /// `FILE:LINE: error: key: message`, `error: --option: message` or `error: key: message`; the CLI
    /// names the option of an input left missing.
    public var description: String {
        switch source {
        case .planFile(let file, let line)?:
            "\(file)\(line.map { ":\($0)" } ?? ""): error: \(key.rawValue): \(message)"
        case .option(let name)?: "error: \(name): \(message)"
        case nil: "error: \(key.rawValue): \(message)"
        }
    }
}
