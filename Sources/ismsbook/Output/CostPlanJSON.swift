import Foundation
import ISMSBookCore

/// `ismsbook cost-plan --format json`: `scheme`, `assumptions`, `years`, `total`, `present_value`
/// (with a discount rate), `schemes` (for `both`), and `milestones`, `roadmap` (with a target
/// date) and `warnings`.
enum CostPlanJSON {
    /// The whole plan as one JSON object.
    static func render(_ plan: CertificationPlan, language: Language) -> String {
        var object = costs(plan.costs)
        if !plan.costs.parts.isEmpty {
            var schemes = JSONObject()
            for part in plan.costs.parts { schemes.add(part.scheme.rawValue, json: costs(part).json) }
            object.add("schemes", json: schemes.json)
        }
        object.add("plan_date", plan.planDate.iso8601)
        if !plan.milestones.isEmpty {
            object.add("milestones", json: array(plan.milestones.map { milestone in
                var item = JSONObject()
                item.add("kind", milestone.kind.rawValue)
                item.add("date", milestone.date.iso8601)
                if let end = milestone.endDate { item.add("until", end.iso8601) }
                return item.json
            }))
        }
        if let roadmap = plan.roadmap { object.add("roadmap", json: self.roadmap(roadmap, language: language)) }
        object.add("warnings", plan.warnings.map(\.english))
        return object.json
    }

    /// `scheme`, `assumptions`, `years`, `total` and `present_value` of one plan.
    static func costs(_ plan: CostPlan) -> JSONObject {
        var object = JSONObject()
        object.add("scheme", plan.scheme.rawValue)
        var assumptions = JSONObject()
        for assumption in plan.assumptions {
            var entry = JSONObject()
            entry.add("value", json: value(assumption.value))
            entry.add("source", assumption.source)
            assumptions.add(assumption.key, json: entry.json)
        }
        object.add("assumptions", json: assumptions.json)
        object.add("years", json: array(plan.years.map { year in
            var item = JSONObject()
            item.add("index", year.index)
            item.add("fiscal_year", year.fiscalYear)
            item.add("events", year.events.map(\.rawValue))
            item.add("certification", year.certification)
            item.add("consultant", year.consultant)
            item.add("internal", year.internalCosts)
            item.add("total", year.total)
            item.add("cumulative", year.cumulative)
            return item.json
        }))
        object.add("total", plan.total)
        if let presentValue = plan.presentValue { object.add("present_value", presentValue) }
        return object
    }

    private static func roadmap(_ roadmap: Roadmap, language: Language) -> String {
        var object = JSONObject()
        object.add("plan_date", roadmap.planDate.iso8601)
        object.add("target_date", roadmap.target.iso8601)
        object.add("steps", json: array(roadmap.entries.map { entry in
            var item = JSONObject()
            item.add("number", entry.step.number)
            item.add("step", entry.step.rawValue)
            item.add("label", entry.step.label(in: language))
            item.add("owner", entry.owner)
            item.add("start", entry.start.iso8601)
            item.add("end", entry.end.iso8601)
            item.add("weeks", entry.weeks)
            return item.json
        }))
        object.add("warnings", roadmap.warnings.map(\.english))
        return object.json
    }

    private static func value(_ value: PlanAssumption.Value) -> String {
        switch value {
        case .yen(let number), .integer(let number): String(number)
        case .number(let number), .percent(let number): "\(number)"
        case .text(let text): JSONObject.quote(text)
        }
    }

    private static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }
}
