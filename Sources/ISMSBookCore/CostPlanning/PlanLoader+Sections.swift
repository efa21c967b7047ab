import Foundation
import Yams

// The nested sections of a plan file. Each value is checked for its type here; ranges are
// checked by CostInputs.validate(), whose errors point back at the same line.
extension PlanLoader {
    static func readISMS(_ node: Node, _ reader: PlanReader, into plan: inout PlanFile) throws {
        let known = ["day_rate", "application_fee", "registration_fee", "complexity_percent", "initial_days", "fees"]
        for (key, keyNode, value) in try reader.entries(node, in: "isms", known: known) {
            let line = keyNode.mark?.line
            switch key {
            case "day_rate":
                let yen = try reader.integer(value, key)
                plan.set(.dayRate, line: line) { $0.isms.dayRate = yen }
            case "application_fee":
                let yen = try reader.integer(value, key)
                plan.set(.applicationFee, line: line) { $0.isms.applicationFee = yen }
            case "registration_fee":
                let yen = try reader.integer(value, key)
                plan.set(.registrationFee, line: line) { $0.isms.registrationFee = yen }
            case "complexity_percent":
                let percent = try reader.decimal(value, key, allowsPercentSign: true)
                plan.set(.complexityPercent, line: line) { $0.isms.complexityPercent = percent }
            case "initial_days":
                let days = try reader.decimal(value, key)
                plan.set(.initialDays, line: line) { $0.isms.initialDays = days }
            default:  // fees
                for (kind, kindNode, amount) in try reader.entries(value, in: "isms.fees", known: ["initial", "surveillance", "recertification"]) {
                    let yen = try reader.integer(amount, kind)
                    let line = kindNode.mark?.line
                    switch kind {
                    case "initial": plan.set(.feeInitial, line: line) { $0.isms.initialFee = yen }
                    case "surveillance": plan.set(.feeSurveillance, line: line) { $0.isms.surveillanceFee = yen }
                    default: plan.set(.feeRecertification, line: line) { $0.isms.recertificationFee = yen }
                    }
                }
            }
        }
    }

    static func readPrivacyMark(_ node: Node, _ reader: PlanReader, into plan: inout PlanFile) throws {
        for (key, keyNode, value) in try reader.entries(node, in: "pmark", known: ["fee_table", "size", "industry", "capital", "fees"]) {
            let line = keyNode.mark?.line
            switch key {
            case "fee_table":
                let id = try reader.text(value, key)
                guard let table = PrivacyMarkFeeTable.version(id) else {
                    let versions = PrivacyMarkFeeTable.versions.map(\.id).joined(separator: ", ")
                    throw reader.error(value, "unknown fee table '\(id)' (\(versions))")
                }
                plan.set(.pmarkFeeTable, line: line) { $0.pmark.table = table }
            case "size":
                let name = try reader.text(value, key)
                guard let size = PrivacyMarkSize(rawValue: name) else {
                    throw reader.error(value, "unknown size '\(name)' (small, medium, large)")
                }
                plan.set(.pmarkSize, line: line) { $0.pmark.size = size }
            case "industry":
                let name = try reader.text(value, key)
                guard let industry = PrivacyMarkIndustry(rawValue: name) else {
                    throw reader.error(value, "unknown industry '\(name)' (other, wholesale, retail, service)")
                }
                plan.set(.industry, line: line) { $0.pmark.industry = industry }
            case "capital":
                let yen = try reader.integer(value, key)
                plan.set(.capital, line: line) { $0.pmark.capital = yen }
            default:  // fees
                for (kind, _, fees) in try reader.entries(value, in: "pmark.fees", known: ["new", "renewal"]) {
                    let parsed = try privacyMarkFees(fees, kind, reader)
                    if kind == "new" {
                        plan.set(.pmarkFees, line: line) { $0.pmark.newFees = parsed }
                    } else {
                        plan.set(.pmarkFees, line: line) { $0.pmark.renewalFees = parsed }
                    }
                }
            }
        }
    }

    private static func privacyMarkFees(_ node: Node, _ kind: String, _ reader: PlanReader) throws -> PrivacyMarkFeeTable.Fees {
        var fees = PrivacyMarkFeeTable.Fees(application: 0, examination: 0, registration: 0)
        let known = ["application", "examination", "registration"]
        for (key, _, value) in try reader.entries(node, in: "pmark.fees.\(kind)", known: known) {
            let yen = try reader.integer(value, key)
            switch key {
            case "application": fees.application = yen
            case "examination": fees.examination = yen
            default: fees.registration = yen
            }
        }
        return fees
    }

    static func readConsultant(_ node: Node, _ reader: PlanReader, into plan: inout PlanFile) throws {
        var isUsed: Bool?
        var hasFees = false
        for (key, keyNode, value) in try reader.entries(node, in: "consultant", known: ["used", "initial", "yearly"]) {
            let line = keyNode.mark?.line
            switch key {
            case "used":
                let used = try reader.bool(value, key)
                isUsed = used
                plan.set(.consultantUsed, line: line) { $0.consultant.isUsed = used }
            case "initial":
                let yen = try reader.integer(value, key)
                hasFees = hasFees || yen > 0
                plan.set(.consultantInitial, line: line) { $0.consultant.initial = yen }
            default:
                let yen = try reader.integer(value, key)
                hasFees = hasFees || yen > 0
                plan.set(.consultantYearly, line: line) { $0.consultant.yearly = yen }
            }
        }
        if isUsed == false && hasFees {
            throw reader.error(node, "consultant: 'used' is false but fees are given")
        }
    }

    static func readInternal(_ node: Node, _ reader: PlanReader, into plan: inout PlanFile) throws {
        let known = ["hourly_rate", "training_hours", "internal_audit_hours", "participants", "items"]
        for (key, keyNode, value) in try reader.entries(node, in: "internal", known: known) {
            let line = keyNode.mark?.line
            switch key {
            case "hourly_rate":
                let yen = try reader.integer(value, key)
                plan.set(.hourlyRate, line: line) { $0.internalCosts.hourlyRate = yen }
            case "training_hours":
                let hours = try reader.decimal(value, key)
                plan.set(.trainingHours, line: line) { $0.internalCosts.trainingHours = hours }
            case "internal_audit_hours":
                let hours = try reader.decimal(value, key)
                plan.set(.internalAuditHours, line: line) { $0.internalCosts.internalAuditHours = hours }
            case "participants":
                let count = try reader.integer(value, key)
                plan.set(.participants, line: line) { $0.internalCosts.participants = count }
            default:  // items
                guard case .sequence(let list) = value else { throw reader.error(value, "'items' must be a list of {name, yearly, once}") }
                let items = try list.map { try internalItem($0, reader) }
                plan.set(.internalItems, line: line) { $0.internalCosts.items = items }
            }
        }
    }

    private static func internalItem(_ node: Node, _ reader: PlanReader) throws -> InternalCostInputs.Item {
        var item = InternalCostInputs.Item(name: "")
        for (key, _, value) in try reader.entries(node, in: "an internal item", known: ["name", "yearly", "once"]) {
            switch key {
            case "name": item.name = try reader.text(value, key)
            case "yearly": item.yearly = try reader.integer(value, key)
            default: item.once = try reader.integer(value, key)
            }
        }
        guard !item.name.isEmpty else { throw reader.error(node, "an internal item needs a 'name'") }
        return item
    }
}
