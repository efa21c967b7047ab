import Foundation
import Yams

// People, scope and roadmap: what the plan says about the project rather than its costs.
extension PlanLoader {
    static func readPeople(_ node: Node, _ reader: PlanReader, into plan: inout PlanFile) throws {
        let known = ["top_management", "project_manager", "internal_auditors", "members"]
        for (key, _, value) in try reader.entries(node, in: "people", known: known) {
            switch key {
            case "top_management": plan.people.topManagement = try reader.texts(value, key).joined(separator: "、")
            case "project_manager": plan.people.projectManager = try reader.texts(value, key).joined(separator: "、")
            case "internal_auditors": plan.people.internalAuditors = try reader.texts(value, key)
            default: plan.people.members = try reader.texts(value, key)
            }
        }
    }

    static func readScope(_ node: Node, _ reader: PlanReader, into plan: inout PlanFile) throws {
        for (key, _, value) in try reader.entries(node, in: "scope", known: ["whole_company", "departments"]) {
            if key == "whole_company" {
                plan.isWholeCompany = try reader.bool(value, key)
            } else {
                plan.departments = try reader.texts(value, key)
            }
        }
        if plan.isWholeCompany == true && !plan.departments.isEmpty {
            throw reader.error(node, "scope: give either whole_company: true or departments, not both")
        }
    }

    static func readRoadmap(_ node: Node, _ reader: PlanReader, into plan: inout PlanFile) throws {
        let steps = RoadmapStep.allCases.map(\.rawValue)
        for (key, _, value) in try reader.entries(node, in: "roadmap", known: ["durations", "owners"]) {
            for (name, _, entry) in try reader.entries(value, in: "roadmap.\(key)", known: steps) {
                guard let step = RoadmapStep(rawValue: name) else { continue }  // known: checked above
                if key == "durations" {
                    let weeks = try reader.integer(entry, name)
                    guard (1...260).contains(weeks) else {
                        throw reader.error(entry, "roadmap.durations.\(name): weeks must be 1 to 260, not \(weeks)")
                    }
                    plan.roadmapDurations[step] = weeks
                } else {
                    plan.roadmapOwners[step] = try reader.texts(entry, name).joined(separator: "、")
                }
            }
        }
    }
}
