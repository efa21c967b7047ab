/// The way to a certificate, back-scheduled from a target date.
///
/// Step 9 (the certification audits) ends on the target date; each earlier step ends the day
/// before the next one starts, so step 1 starts as late as the durations allow. Step 10 (the
/// yearly PDCA cycle) starts the day after the target. When step 1 would have to start before the
/// plan date, the target is too close: a warning names the last step that does not fit.
public struct Roadmap: Sendable, Equatable {
    /// One scheduled step.
    public struct Entry: Sendable, Equatable {
        /// The step.
        public var step: RoadmapStep
        /// The first day.
        public var start: CalendarDate
        /// The last day.
        public var end: CalendarDate
        /// The duration in weeks.
        public var weeks: Int
        /// Who owns it: the named people, or the role.
        public var owner: String
    }

    /// The day the plan is made ("today" in the workbook).
    public var planDate: CalendarDate
    /// The target certificate date.
    public var target: CalendarDate
    /// Steps 1…10 in order.
    public var entries: [Entry]
    /// A target too close for the durations.
    public var warnings: [PlanWarning]

    /// Back-schedules the ten steps.
    ///
    /// - Parameters:
    ///   - durations: weeks per step, replacing ``RoadmapStep/defaultWeeks`` (at least 1).
    ///   - owners: owners per step, replacing the role's people.
    public static func backScheduled(
        target: CalendarDate, planDate: CalendarDate, durations: [RoadmapStep: Int] = [:],
        owners: [RoadmapStep: String] = [:], people: ProjectPeople = ProjectPeople(), language: Language = .japanese
    ) -> Roadmap {
        func entry(_ step: RoadmapStep, start: CalendarDate) -> Entry {
            let weeks = max(durations[step] ?? step.defaultWeeks, 1)
            return Entry(
                step: step, start: start, end: start.adding(days: weeks * 7 - 1), weeks: weeks,
                owner: owners[step] ?? people.owner(step.defaultOwner, in: language))
        }
        var before: [Entry] = []
        var nextStart = target.nextDay
        for step in RoadmapStep.allCases.dropLast().reversed() {
            let weeks = max(durations[step] ?? step.defaultWeeks, 1)
            let item = entry(step, start: nextStart.adding(days: -weeks * 7))
            before.insert(item, at: 0)
            nextStart = item.start
        }
        let entries = before + [entry(.operation, start: target.nextDay)]
        return Roadmap(
            planDate: planDate, target: target, entries: entries,
            warnings: fitWarnings(before, target: target, planDate: planDate))
    }

    /// The first day shown: the plan date or step 1's start, whichever is earlier.
    public var firstDay: CalendarDate { min(planDate, entries.first?.start ?? planDate) }
    /// The last day scheduled: the end of step 10.
    public var lastDay: CalendarDate { max(planDate, entries.last?.end ?? target) }

    private static func fitWarnings(_ steps: [Entry], target: CalendarDate, planDate: CalendarDate) -> [PlanWarning] {
        guard target > planDate else {
            return [PlanWarning(
                japanese: "目標日 \(target.iso8601) が計画日 \(planDate.iso8601) より後ではありません",
                english: "the target date \(target.iso8601) is not after the plan date \(planDate.iso8601)")]
        }
        guard let late = steps.last(where: { $0.start < planDate }), let first = steps.first else { return [] }
        let shortWeeks = (planDate.daysSinceEpoch - first.start.daysSinceEpoch + 6) / 7
        let japaneseName = late.step.label(in: .japanese)
        let englishName = late.step.label(in: .english)
        let others = late.step == .plan ? "" : "（それより前の手順も同様）"
        let othersEnglish = late.step == .plan ? "" : ", and so would the steps before it"
        return [PlanWarning(
            japanese: "目標日 \(target.iso8601) までの期間が標準の所要期間に足りません: 手順\(late.step.number)「\(japaneseName)」は"
                + " \(late.start.iso8601) に開始する必要があり、計画日 \(planDate.iso8601) より前です\(others)（不足 約\(shortWeeks)週）",
            english: "the target date \(target.iso8601) is too close for the default durations: step \(late.step.number) "
                + "'\(englishName)' would have to start on \(late.start.iso8601), before the plan date \(planDate.iso8601)"
                + "\(othersEnglish) (about \(shortWeeks) weeks short)")]
    }
}
