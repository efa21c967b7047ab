/// A multi-year cost plan: the years with their events and cost lines, the total, the present
/// value, and for `both` the plan of each scheme alone.
public struct CostPlan: Sendable {
    /// The inputs, with the scheme of this plan (a part of `both` has its own scheme).
    public var inputs: CostInputs
    /// The scheme planned.
    public var scheme: CertificationScheme
    /// The ISMS auditor-days used (`nil` for the Privacy Mark alone).
    public var auditDays: AuditDays?
    /// The Privacy Mark size class used (`nil` for ISMS alone).
    public var pmarkSize: PrivacyMarkSize?
    /// The year-1 fee of each event the plan contains, before escalation.
    public var baseFees: [AuditEvent: Int]
    /// Plan years 1…n.
    public var years: [CostYear]
    /// The sum of the years' totals.
    public var total: Int
    /// The present value at the start of year 1, when a discount rate is given.
    public var presentValue: Int?
    /// For `both`: the ISMS plan and the Privacy Mark plan, each alone (with the consultant and
    /// internal costs, which the combined plan counts once). Empty otherwise.
    public var parts: [CostPlan]
    /// Problems worth a look: a first year over budget.
    public var warnings: [PlanWarning]

    /// The certification events the plan pays for, in order (for the assumptions).
    public var plannedEvents: [AuditEvent] {
        AuditEvent.allCases.filter { baseFees[$0] != nil }
    }
}

/// One year of a cost plan.
public struct CostYear: Sendable, Equatable {
    /// 1 for the first year.
    public var index: Int
    /// The fiscal year (年度), named by the calendar year it starts in.
    public var fiscalYear: Int
    /// The audits and applications of the year.
    public var events: [AuditEvent]
    /// Every cost of the year, escalated and rounded.
    public var lines: [CostLine]
    /// The sum of the years' totals so far, this one included.
    public var cumulative: Int

    /// Certification bodies' fees (and JIPDEC's).
    public var certification: Int { sum(.certification) }
    /// Consultant fees.
    public var consultant: Int { sum(.consultant) }
    /// The company's own costs.
    public var internalCosts: Int { sum(.internalCosts) }
    /// The year's total.
    public var total: Int { lines.reduce(0) { $0 + $1.amount } }

    /// The certification fees of one scheme.
    public func certification(of scheme: CertificationScheme) -> Int {
        lines.reduce(0) { total, line in
            if case .certification(let event) = line.kind, event.scheme == scheme { return total + line.amount }
            return total
        }
    }

    private func sum(_ category: CostLine.Category) -> Int {
        lines.filter { $0.category == category }.reduce(0) { $0 + $1.amount }
    }
}

/// One cost of one year.
public struct CostLine: Sendable, Equatable {
    /// What the cost is.
    public enum Kind: Sendable, Equatable {
        /// The fees of an audit or application.
        case certification(AuditEvent)
        /// The consultant's one-off fee (year 1).
        case consultantInitial
        /// The consultant's yearly fee (years 2 on).
        case consultantYearly
        /// A named internal item.
        case internalItem(String)
        /// Staff time for training.
        case training
        /// Staff time for internal audits.
        case internalAudit
    }

    /// The three columns of a plan.
    public enum Category: String, Sendable, CaseIterable {
        /// Certification bodies' and JIPDEC's fees.
        case certification
        /// Consultant fees.
        case consultant
        /// The company's own costs.
        case internalCosts = "internal"
    }

    /// What the cost is.
    public var kind: Kind
    /// Yen, escalated and rounded.
    public var amount: Int

    /// The column the cost belongs in.
    public var category: Category {
        switch kind {
        case .certification: .certification
        case .consultantInitial, .consultantYearly: .consultant
        case .internalItem, .training, .internalAudit: .internalCosts
        }
    }

    /// The cost's name in the workbook's language.
    public func label(in language: Language) -> String {
        switch kind {
        case .certification(let event): event.label(in: language)
        case .consultantInitial: language.pick("コンサルタント（構築）", "Consultant (set-up)")
        case .consultantYearly: language.pick("コンサルタント（年間）", "Consultant (yearly)")
        case .internalItem(let name): name
        case .training: language.pick("教育（工数）", "Training (staff time)")
        case .internalAudit: language.pick("内部監査（工数）", "Internal audits (staff time)")
        }
    }
}

/// A warning about a plan: printed to stderr, listed in the workbook and the JSON.
public struct PlanWarning: Sendable, Equatable {
    /// Japanese text.
    public var japanese: String
    /// English text.
    public var english: String

    /// Creates a warning.
    public init(japanese: String, english: String) {
        self.japanese = japanese
        self.english = english
    }

    /// The text in a language.
    public func text(in language: Language) -> String { language.pick(japanese, english) }
}
