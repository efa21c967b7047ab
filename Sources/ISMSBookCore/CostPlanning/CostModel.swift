import Foundation

/// Computes a ``CostPlan`` from ``CostInputs``.
///
/// For each plan year y (1…n) the model takes the year's events from ``CertificationCycle``, the
/// year-1 price of each cost line, and escalates it: amount × (1 + e)^(y−1), rounded half up to
/// the yen after escalating. A year's total is the sum of its rounded lines, so the workbook's SUM
/// formulas give the same figures. The present value is Σ totalᵧ ÷ (1 + r)^(y−1).
public enum CostModel {
    /// Plans the costs.
    ///
    /// - Throws: ``CostInputError`` when an input is out of range.
    public static func plan(_ inputs: CostInputs) throws -> CostPlan {
        try inputs.validate()
        var plan = try build(inputs, scheme: inputs.scheme)
        if inputs.scheme == .both {
            plan.parts = try [CertificationScheme.isms, .pmark].map { try build(inputs, scheme: $0) }
        }
        if let budget = inputs.budget, let first = plan.years.first, first.total > budget {
            plan.warnings.append(
                PlanWarning(
                    japanese: "1年目の費用 \(YenText.yen(first.total)) が予算 \(YenText.yen(budget)) を超えています",
                    english: "the first year costs \(YenText.yen(first.total)), more than the budget of \(YenText.yen(budget))"))
        }
        return plan
    }

    /// The auditor-days of the inputs.
    public static func auditDays(_ inputs: CostInputs) -> AuditDays {
        AuditDays.estimate(
            persons: inputs.employees, sites: inputs.sites, complexityPercent: inputs.isms.complexityPercent,
            initialOverride: inputs.isms.initialDays)
    }

    /// The Privacy Mark size class of the inputs.
    public static func pmarkSize(_ inputs: CostInputs) -> PrivacyMarkSize {
        inputs.pmark.size
            ?? PrivacyMarkSize.classify(employees: inputs.employees, industry: inputs.pmark.industry, capital: inputs.pmark.capital)
    }

    /// The year-1 fee of an event: the fee given whole, else days × day rate + fixed fees for ISMS,
    /// the fee table (or its override) for the Privacy Mark.
    public static func baseFee(of event: AuditEvent, _ inputs: CostInputs) -> Int {
        switch event.scheme {
        case .pmark:
            return inputs.pmark.fees(for: event, size: pmarkSize(inputs)).total
        default:
            if let fee = inputs.isms.fixedFee(for: event) { return fee }
            let days = auditDays(inputs).days(for: event)
            let application = event == .initial ? inputs.isms.applicationFee : 0
            return YenMath.multiply(days, by: inputs.isms.dayRate) + inputs.isms.registrationFee + application
        }
    }

    /// The largest amount of one cost line in one year, ¥10 trillion: far beyond any plan, and
    /// small enough that 30 years of a thousand lines cannot overflow `Int`.
    public static let maximumLineAmount = Decimal(10_000_000_000_000)

    private static func build(_ inputs: CostInputs, scheme: CertificationScheme) throws -> CostPlan {
        var baseFees: [AuditEvent: Int] = [:]
        var years: [CostYear] = []
        var cumulative = 0
        for index in 1...inputs.years {
            let events = CertificationCycle.events(of: scheme, inYear: index)
            var lines: [CostLine] = []
            for event in events {
                let fee = baseFees[event] ?? baseFee(of: event, inputs)
                baseFees[event] = fee
                let key: CostInputs.Key = event.scheme == .pmark ? .pmarkFees : .dayRate
                lines.append(CostLine(kind: .certification(event), amount: try escalate(Decimal(fee), inputs, index, key)))
            }
            lines += try sharedLines(inputs, year: index)
            let year = CostYear(
                index: index, fiscalYear: inputs.startYear + index - 1, events: events, lines: lines,
                cumulative: cumulative + lines.reduce(0) { $0 + $1.amount })
            cumulative = year.cumulative
            years.append(year)
        }
        var planInputs = inputs
        planInputs.scheme = scheme
        let components = scheme.components
        return CostPlan(
            inputs: planInputs, scheme: scheme,
            auditDays: components.contains(.isms) ? auditDays(inputs) : nil,
            pmarkSize: components.contains(.pmark) ? pmarkSize(inputs) : nil,
            baseFees: baseFees, years: years, total: cumulative,
            presentValue: inputs.discountRatePercent.map { YenMath.presentValue(years.map(\.total), percent: $0) },
            parts: [], warnings: [])
    }

    /// Consultant and internal lines: the same whichever scheme is planned.
    private static func sharedLines(_ inputs: CostInputs, year: Int) throws -> [CostLine] {
        var lines: [CostLine] = []
        func add(_ kind: CostLine.Kind, _ base: Decimal, _ key: CostInputs.Key) throws {
            if base > 0 { lines.append(CostLine(kind: kind, amount: try escalate(base, inputs, year, key))) }
        }
        try add(.consultantInitial, year == 1 ? Decimal(inputs.consultant.initial) : 0, .consultantInitial)
        try add(.consultantYearly, year >= 2 ? Decimal(inputs.consultant.yearly) : 0, .consultantYearly)
        for item in inputs.internalCosts.items {
            try add(.internalItem(item.name), Decimal(item.yearly) + (year == 1 ? Decimal(item.once) : 0), .internalItems)
        }
        let staff = Decimal(inputs.internalCosts.hourlyRate) * Decimal(inputs.participants)
        try add(.training, inputs.internalCosts.trainingHours * staff, .trainingHours)
        try add(.internalAudit, inputs.internalCosts.internalAuditHours * staff, .internalAuditHours)
        return lines
    }

    private static func escalate(_ amount: Decimal, _ inputs: CostInputs, _ year: Int, _ key: CostInputs.Key) throws -> Int {
        let value = YenMath.escalated(amount, percent: inputs.escalationPercent, years: year - 1)
        guard value <= maximumLineAmount else {
            throw CostInputError(key: key, source: inputs.sources[key], message: "makes a cost of more than ¥10 trillion in year \(year)")
        }
        return YenMath.roundHalfUp(value)
    }
}
