import Foundation
import ISMSBookCore
import ISMSBookTestSupport
import Testing

struct PlanLoaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func theSamplePlanLoads() throws {
        let path = Self.root.appendingPathComponent("samples/plans/sample-plan.yaml").path
        let file = try PlanLoader.load(path: path)
        #expect(file.organisation == "株式会社サンプル")
        #expect(file.targetDate == CalendarDate(year: 2027, month: 3, day: 31))
        #expect(file.people.internalAuditors == ["鈴木一郎", "高橋次郎"])
        #expect(file.departments == ["経理部", "人事部", "開発部"])
        #expect(file.roadmapDurations == [.riskAssessment: 5])
        #expect(file.roadmapOwners == [.legalCheck: "総務部 渡辺"])
        var inputs = CostInputs(employees: 0, startYear: 2026)
        file.apply(to: &inputs)
        #expect(inputs.scheme == .both)
        #expect(inputs.employees == 30)
        #expect(inputs.budget == 2_500_000)
        #expect(inputs.pmark.capital == 30_000_000)
        #expect(inputs.pmark.industry == .service)
        #expect(inputs.internalCosts.items == [.init(name: "セキュリティソフト", yearly: 120_000), .init(name: "施錠キャビネット", once: 80_000)])
        #expect(inputs.escalationPercent == 2)
        #expect(inputs.sources[.employees] == .planFile(path, line: 7))
    }

    @Test func fileValuesAreOverriddenByLaterChangesAndKeepTheirSources() throws {
        let file = try PlanLoader.parse("employees: 12\nyears: 3\nisms:\n  day_rate: 90000\n", file: "p.yaml")
        let plan = try CertificationPlan.make(file: file, planDate: CalendarDate(year: 2026, month: 5, day: 1) ?? CalendarDate(daysSinceEpoch: 0)) {
            $0.years = 5
            $0.sources[.years] = .option("--years")
        }
        #expect(plan.costs.inputs.years == 5)
        #expect(plan.costs.inputs.isms.dayRate == 90_000)
        #expect(plan.costs.inputs.source(of: .dayRate) == "p.yaml:4")
        #expect(plan.costs.inputs.source(of: .years) == "option --years")
        #expect(plan.costs.inputs.startYear == 2026)
    }

    /// (YAML, the message's start: FILE:LINE)
    @Test(arguments: [
        ("employees: 30\nyaers: 4\n", "p.yaml:2: error: unknown key 'yaers' in the plan"),
        ("scheme: iso\n", "p.yaml:1: error: unknown scheme 'iso'"),
        ("employees: thirty\n", "p.yaml:1: error: 'employees' must be a whole number"),
        ("isms:\n  day_rate: 80000\n  dayrate: 1\n", "p.yaml:3: error: unknown key 'dayrate' in isms"),
        ("isms: 5\n", "p.yaml:1: error: isms must be a mapping"),
        ("escalation_percent: 2x\n", "p.yaml:1: error: 'escalation_percent' must be a number"),
        ("target_date: someday\n", "p.yaml:1: error: 'target_date' is not a date"),
        ("employees: 1\nemployees: 2\n", "p.yaml:1: error: 'employees' appears twice in the mapping that starts here"),
        ("consultant:\n  used: false\n  initial: 100\n", "p.yaml:2: error: consultant: 'used' is false"),
        ("roadmap:\n  durations:\n    plan: 0\n", "p.yaml:3: error: roadmap.durations.plan: weeks must be 1 to 260"),
        ("pmark:\n  fee_table: 2021\n", "p.yaml:2: error: unknown fee table '2021'"),
        ("employees: [1, 2\n", "p.yaml:2: error: not valid YAML: did not find expected ',' or ']'"),
        ("- 1\n- 2\n", "p.yaml:1: error: the plan must be a mapping"),
    ])
    func malformedPlansNameTheFileAndLine(yaml: String, message: String) {
        let error = #expect(throws: InputError.self) { try PlanLoader.parse(yaml, file: "p.yaml") }
        #expect(error?.description.hasPrefix(message) == true, "\(error?.description ?? "no error")")
    }

    /// Values of the right type but out of range are caught when the plan is made, at their line.
    @Test(arguments: [
        ("employees: -5\n", "p.yaml:1: error: employees: must be at least 1, not -5"),
        ("employees: 30\nyears: 0\n", "p.yaml:2: error: years: the horizon must be 1 to 30 years, not 0"),
        ("years: 3\n", "error: employees: give the number of employees"),
    ])
    func outOfRangeValuesNameTheirLine(yaml: String, message: String) throws {
        let file = try PlanLoader.parse(yaml, file: "p.yaml")
        let error = #expect(throws: CostInputError.self) {
            try CertificationPlan.make(file: file, planDate: CalendarDate(daysSinceEpoch: 20_000))
        }
        #expect(error?.description.hasPrefix(message) == true, "\(error?.description ?? "no error")")
    }

    @Test func anEmptyFileSetsNothing() throws {
        #expect(try PlanLoader.parse("", file: "p.yaml").settings.isEmpty)
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("none.yaml").path
        let error = #expect(throws: InputError.self) { try PlanLoader.load(path: missing) }
        #expect(error?.description.hasPrefix("\(missing): error: cannot read the plan") == true)
    }
}
