/// Everything `ismsbook cost-plan` (and `build --plan`) shows: the cost plan, the dated
/// milestones of the certification cycle, the roadmap to the certificate, and the warnings.
public struct CertificationPlan: Sendable {
    /// The multi-year costs.
    public var costs: CostPlan
    /// The roadmap, when there is a target date.
    public var roadmap: Roadmap?
    /// Certificates, audit deadlines, expiries and the Privacy Mark renewal window, when there is
    /// a target date.
    public var milestones: [Milestone]
    /// The day the plan is made.
    public var planDate: CalendarDate
    /// The plan file, when one was read (people, scope, organisation).
    public var file: PlanFile?

    /// The cost and roadmap warnings.
    public var warnings: [PlanWarning] { costs.warnings + (roadmap?.warnings ?? []) }

    /// Resolves the inputs and computes the plan.
    ///
    /// Inputs are taken from the defaults, then the plan file, then `adjust` (the command-line
    /// options). The first fiscal year defaults to the one containing the target date, else the
    /// plan date.
    ///
    /// - Parameters:
    ///   - targetDate: the certificate date, replacing the plan file's `target_date`.
    ///   - adjust: changes made after the plan file; it records their sources itself.
    /// - Throws: ``CostInputError`` when an input is missing or out of range.
    public static func make(
        file: PlanFile?, planDate: CalendarDate, targetDate: CalendarDate? = nil, language: Language = .japanese,
        adjust: (inout CostInputs) -> Void = { _ in }
    ) throws -> CertificationPlan {
        var inputs = CostInputs(employees: 0, startYear: planDate.year)
        file?.apply(to: &inputs)
        adjust(&inputs)
        guard inputs.sources[.employees] != nil else {
            throw CostInputError(key: .employees, source: nil, message: "give the number of employees")
        }
        let target = targetDate ?? file?.targetDate
        if inputs.sources[.startYear] == nil {
            inputs.startYear = CostInputs.fiscalYear(containing: target ?? planDate, startMonth: min(max(inputs.fiscalYearStartMonth, 1), 12))
        }
        let costs = try CostModel.plan(inputs)
        var plan = CertificationPlan(costs: costs, roadmap: nil, milestones: [], planDate: planDate, file: file)
        if let target {
            plan.roadmap = Roadmap.backScheduled(
                target: target, planDate: planDate, durations: file?.roadmapDurations ?? [:], owners: file?.roadmapOwners ?? [:],
                people: file?.people ?? ProjectPeople(), language: language)
            plan.milestones = CertificationCycle.milestones(for: inputs.scheme, certifiedOn: target, until: plan.horizonEnd)
        }
        return plan
    }

    /// The last day of the plan's last fiscal year.
    public var horizonEnd: CalendarDate {
        let inputs = costs.inputs
        let nextYear = CalendarDate(year: inputs.startYear + inputs.years, month: inputs.fiscalYearStartMonth, day: 1)
        return nextYear?.previousDay ?? planDate
    }

    /// The plan year (1-based) whose fiscal year contains `day`, if it is inside the horizon.
    public func yearIndex(of day: CalendarDate) -> Int? {
        let inputs = costs.inputs
        let index = CostInputs.fiscalYear(containing: day, startMonth: inputs.fiscalYearStartMonth) - inputs.startYear + 1
        return (1...inputs.years).contains(index) ? index : nil
    }
}
