import Foundation
import Yams

/// Reads a plan file (YAML) for `ismsbook cost-plan --plan FILE` and `ismsbook build --plan FILE`.
///
/// ```yaml
/// scheme: both            # isms | pmark | both
/// employees: 30
/// years: 6
/// isms: {day_rate: 80000}
/// target_date: 2027-03-31
/// ```
/// samples/plans/sample-plan.yaml shows every key. Unknown keys are errors, so a misspelt key
/// cannot silently leave a default in place; every error names the file and the line.
public enum PlanLoader {
    /// Loads and checks the plan at `path`.
    ///
    /// - Throws: ``InputError`` naming the file (and line) and the problem.
    public static func load(path: String) throws -> PlanFile {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw InputError(file: path, message: "cannot read the plan: \(error.localizedDescription)")
        }
        return try parse(text, file: path)
    }

    /// Parses and checks a plan's YAML text.
    public static func parse(_ text: String, file: String) throws -> PlanFile {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw yamlError(error, file: file)
        } catch {
            throw InputError(file: file, message: "not valid YAML: \(error)")
        }
        var plan = PlanFile(path: file)
        guard let root else { return plan }  // an empty file sets nothing
        let reader = PlanReader(path: file)
        for (key, keyNode, value) in try reader.entries(root, in: "the plan", known: topLevelKeys) {
            try readTopLevel(key, keyNode, value, reader, into: &plan)
        }
        return plan
    }

    /// Yams' errors carry the line; its description spans several lines with the whole context.
    private static func yamlError(_ error: YamlError, file: String) -> InputError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return InputError(file: "\(file):\(mark.line)", message: "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return InputError(file: "\(file):\(context.mark.line)", message: "\(keys) appears twice in the mapping that starts here")
        default:
            return InputError(file: file, message: "not valid YAML: \(error)")
        }
    }

    static let topLevelKeys = [
        "organisation", "scheme", "start_year", "fiscal_year_start_month", "years", "employees", "sites",
        "escalation_percent", "discount_rate_percent", "budget", "target_date", "certification_body", "people", "scope",
        "isms", "pmark", "consultant", "internal", "roadmap",
    ]

    private static func readTopLevel(_ key: String, _ keyNode: Node, _ value: Node, _ reader: PlanReader, into plan: inout PlanFile) throws {
        let line = keyNode.mark?.line
        switch key {
        case "organisation": plan.organisation = try reader.text(value, key)
        case "certification_body": plan.people.certificationBody = try reader.text(value, key)
        case "scheme":
            let name = try reader.text(value, key)
            guard let scheme = CertificationScheme(rawValue: name) else {
                throw reader.error(value, "unknown scheme '\(name)' (isms, pmark, both)")
            }
            plan.set(.scheme, line: line) { $0.scheme = scheme }
        case "start_year":
            let year = try reader.integer(value, key)
            plan.set(.startYear, line: line) { $0.startYear = year }
        case "fiscal_year_start_month":
            let month = try reader.integer(value, key)
            plan.set(.fiscalYearStartMonth, line: line) { $0.fiscalYearStartMonth = month }
        case "years":
            let years = try reader.integer(value, key)
            plan.set(.years, line: line) { $0.years = years }
        case "employees":
            let employees = try reader.integer(value, key)
            plan.set(.employees, line: line) { $0.employees = employees }
        case "sites":
            let sites = try reader.integer(value, key)
            plan.set(.sites, line: line) { $0.sites = sites }
        case "escalation_percent":
            let rate = try reader.decimal(value, key, allowsPercentSign: true)
            plan.set(.escalationPercent, line: line) { $0.escalationPercent = rate }
        case "discount_rate_percent":
            let rate = try reader.decimal(value, key, allowsPercentSign: true)
            plan.set(.discountRatePercent, line: line) { $0.discountRatePercent = rate }
        case "budget":
            let budget = try reader.integer(value, key)
            plan.set(.budget, line: line) { $0.budget = budget }
        case "target_date":
            let text = try reader.text(value, key)
            guard let date = DateParser.parse(text).date else {
                throw reader.error(value, "'target_date' is not a date: '\(text)' (write 2027-03-31)")
            }
            plan.targetDate = date
        case "people": try readPeople(value, reader, into: &plan)
        case "scope": try readScope(value, reader, into: &plan)
        case "isms": try readISMS(value, reader, into: &plan)
        case "pmark": try readPrivacyMark(value, reader, into: &plan)
        case "consultant": try readConsultant(value, reader, into: &plan)
        case "internal": try readInternal(value, reader, into: &plan)
        default: try readRoadmap(value, reader, into: &plan)  // "roadmap": the only key left
        }
    }
}

/// Reads typed values out of YAML nodes, with errors that name the file, line and key.
struct PlanReader {
    let path: String

    func error(_ node: Node?, _ message: String) -> InputError {
        InputError(file: node?.mark.map { "\(path):\($0.line)" } ?? path, message: message)
    }

    /// The entries of a mapping: each key must be known and appear once.
    func entries(_ node: Node, in name: String, known: [String]) throws -> [(String, Node, Node)] {
        guard case .mapping(let mapping) = node else { throw error(node, "\(name) must be a mapping of keys to values") }
        var seen: Set<String> = []
        return try mapping.map { pair in
            guard let key = pair.key.string else { throw error(pair.key, "\(name): keys must be text") }
            guard known.contains(key) else {
                throw error(pair.key, "unknown key '\(key)' in \(name) (known: \(known.joined(separator: ", ")))")
            }
            guard seen.insert(key).inserted else { throw error(pair.key, "'\(key)' appears twice in \(name)") }
            return (key, pair.key, pair.value)
        }
    }

    func scalar(_ node: Node, _ key: String) throws -> String {
        guard case .scalar(let scalar) = node else { throw error(node, "'\(key)' must be a single value") }
        guard node.null == nil || scalar.style != .plain else { throw error(node, "'\(key)' has no value") }
        return scalar.string.trimmingCharacters(in: .whitespaces)
    }

    func text(_ node: Node, _ key: String) throws -> String {
        let text = try scalar(node, key)
        guard !text.isEmpty else { throw error(node, "'\(key)' is empty") }
        return text
    }

    /// A whole number; `_` and `,` may group digits (`850_000`, `"850,000"`).
    func integer(_ node: Node, _ key: String) throws -> Int {
        let text = try scalar(node, key)
        let digits = text.filter { $0 != "_" && $0 != "," }
        guard let value = Int(digits) else { throw error(node, "'\(key)' must be a whole number, not '\(text)'") }
        return value
    }

    /// A decimal number (`8.5`, `-30`); for percentages a trailing `%` is allowed.
    func decimal(_ node: Node, _ key: String, allowsPercentSign: Bool = false) throws -> Decimal {
        let text = try scalar(node, key)
        let body = allowsPercentSign && text.hasSuffix("%") ? String(text.dropLast()).trimmingCharacters(in: .whitespaces) : text
        guard let value = YenMath.parseDecimal(body) else { throw error(node, "'\(key)' must be a number, not '\(text)'") }
        return value
    }

    func bool(_ node: Node, _ key: String) throws -> Bool {
        guard case .scalar = node, let value = node.bool else { throw error(node, "'\(key)' must be true or false") }
        return value
    }

    /// A list of texts; a single text is a list of one.
    func texts(_ node: Node, _ key: String) throws -> [String] {
        if case .sequence(let sequence) = node { return try sequence.map { try text($0, key) } }
        return [try text(node, key)]
    }
}
