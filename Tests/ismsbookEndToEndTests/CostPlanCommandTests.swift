import Foundation
import ISMSBookCore
import ISMSBookTestSupport
import Testing

struct CostPlanCommandTests {
    static let samplePlan = "samples/plans/sample-plan.yaml"

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The figures of the issue for 30 employees over 4 years: 850,000 / 350,000 / 350,000 / 600,000
    /// within ±10 % when estimated.
    @Test func thirtyEmployeesOverFourYearsShowsTheArticlesFigures() throws {
        let result = try CommandRunner.run(["cost-plan", "--employees", "30", "--years", "4", "--date", "2026-11-27"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let years = lines.filter { $0.hasPrefix("1 ") || $0.hasPrefix("2 ") || $0.hasPrefix("3 ") || $0.hasPrefix("4 ") }
        #expect(years.count == 4)
        for (line, fee) in zip(years, ["¥850,000", "¥350,000", "¥350,000", "¥590,000"]) { #expect(line.contains(fee), "\(line)") }
        #expect(years[0].contains("85万円"))
        #expect(result.stdout.contains("初回 8.5 ／ 維持 3 ／ 更新 6"))
        #expect(result.stdout.contains("¥2,140,000"))
    }

    @Test func feesGivenAsOptionsAreExact() throws {
        let result = try CommandRunner.run([
            "cost-plan", "--employees", "30", "--years", "4", "--fee-initial", "850000", "--fee-surveillance", "350000",
            "--fee-recertification", "600000", "--format", "json", "--date", "2026-11-27",
        ])
        #expect(result.status == 0)
        let plan = try json(result.stdout)
        let years = try #require(plan["years"] as? [[String: Any]])
        #expect(years.map { $0["certification"] as? Int } == [850_000, 350_000, 350_000, 600_000])
        #expect(plan["total"] as? Int == 2_150_000)
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let result = try CommandRunner.run([
            "cost-plan", "--employees", "30", "--years", "3", "--scheme", "both", "--discount-rate", "3", "--format", "json",
            "--date", "2026-11-27",
        ])
        #expect(result.status == 0)
        let plan = try json(result.stdout)
        #expect(plan["scheme"] as? String == "both")
        let years = try #require(plan["years"] as? [[String: Any]])
        #expect(Set(years[0].keys) == ["index", "fiscal_year", "events", "certification", "consultant", "internal", "total", "cumulative"])
        #expect(years.map { $0["index"] as? Int } == [1, 2, 3])
        #expect(years.map { $0["fiscal_year"] as? Int } == [2026, 2027, 2028])
        #expect(years.map { $0["events"] as? [String] } == [["initial", "pmark-application"], ["surveillance1"], ["surveillance2", "pmark-renewal"]])
        #expect(plan["present_value"] is Int)
        let assumptions = try #require(plan["assumptions"] as? [String: [String: Any]])
        #expect(assumptions["employees"]?["source"] as? String == "option --employees")
        #expect(assumptions["isms.day_rate"]?["value"] as? Int == 80_000)
        #expect(assumptions["isms.initial_days"]?["value"] as? Double == 8.5)
        #expect(assumptions["pmark.size"]?["value"] as? String == "medium")
        let schemes = try #require(plan["schemes"] as? [String: [String: Any]])
        #expect(schemes.keys.sorted() == ["isms", "pmark"])
        #expect(schemes["pmark"]?["total"] as? Int == 628_573 + 471_430)
        #expect(schemes["isms"]?["years"] is [[String: Any]])
        let noRate = try json(try CommandRunner.run(["cost-plan", "--employees", "30", "--format", "json"]).stdout)
        #expect(noRate["present_value"] == nil)
        #expect(noRate["schemes"] == nil)
        #expect((noRate["years"] as? [Any])?.count == 6)
    }

    @Test func csvHasOneRowPerYear() throws {
        let result = try CommandRunner.run(["cost-plan", "--employees", "30", "--years", "2", "--format", "csv", "--start-year", "2030"])
        #expect(result.status == 0)
        #expect(result.stdout == "\u{FEFF}index,fiscal_year,events,certification,consultant,internal,total,cumulative\r\n"
                + "1,2030,initial,850000,0,0,850000,850000\r\n2,2031,surveillance1,350000,0,0,350000,1200000\r\n")
    }

    @Test func aPlanFileWithATargetGivesTheRoadmapAndItsWarnings() throws {
        let result = try CommandRunner.run(["cost-plan", "--plan", Self.samplePlan, "--date", "2026-12-01", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(Self.samplePlan): warning: the first year costs"))
        #expect(result.stderr.contains("step 6 'Policy and manual' would have to start on 2026-11-12"))
        let plan = try json(result.stdout)
        let roadmap = try #require(plan["roadmap"] as? [String: Any])
        #expect(roadmap["target_date"] as? String == "2027-03-31")
        let steps = try #require(roadmap["steps"] as? [[String: Any]])
        #expect(steps.count == 10)
        #expect(steps[2]["weeks"] as? Int == 5)  // the plan's duration for risk_assessment
        #expect(steps[8]["end"] as? String == "2027-03-31")
        let milestones = try #require(plan["milestones"] as? [[String: Any]])
        #expect(milestones.contains { $0["kind"] as? String == "pmark-renewal-window" && $0["until"] as? String == "2028-11-30" })
        let assumptions = try #require(plan["assumptions"] as? [String: [String: Any]])
        #expect(assumptions["employees"]?["source"] as? String == "\(Self.samplePlan):7")
    }

    @Test func optionsOverrideThePlanFile() throws {
        let result = try CommandRunner.run(["cost-plan", "--plan", Self.samplePlan, "--scheme", "isms", "--years", "2", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\r\n").count == 3)
        #expect(!result.stdout.contains("pmark"))
    }

    /// (arguments, what stderr names)
    @Test(arguments: [
        (["--employees=-3"], "--employees"),
        (["--employees", "30", "--years", "0"], "--years"),
        (["--employees", "30", "--years", "31"], "--years"),
        (["--employees", "30", "--scheme", "iso"], "--scheme"),
        (["--employees", "30", "--complexity", "lots"], "--complexity"),
        (["--employees", "30", "--target-date", "soon"], "--target-date"),
        (["--employees", "30", "--format", "xml"], "--format"),
        (["--years", "3"], "employees"),
    ])
    func invalidInputExitsWithTwo(arguments: [String], names: String) throws {
        let result = try CommandRunner.run(["cost-plan"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(names), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aMalformedPlanFileNamesTheFileAndLine() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("plan.yaml", text: "employees: 30\nyears: 3\nisms:\n  day-rate: 1\n")
        let result = try CommandRunner.run(["cost-plan", "--plan", path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("\(path):4: error: unknown key 'day-rate' in isms"))
        let negative = try folder.write("negative.yaml", text: "employees: -1\n")
        let second = try CommandRunner.run(["cost-plan", "--plan", negative])
        #expect(second.status == 2)
        #expect(second.stderr.hasPrefix("\(negative):1: error: employees: must be at least 1"))
    }

    @Test func writesTheWorkbookAtomicallyAndReproducibly() throws {
        let folder = try TemporaryFolder()
        let first = folder.url.appendingPathComponent("a.xlsx").path
        let second = folder.url.appendingPathComponent("b.xlsx").path
        for path in [first, second] {
            let result = try CommandRunner.run([
                "cost-plan", "--plan", Self.samplePlan, "--date", "2026-06-01", "--lang", "en", "--format", "csv", "-o", path,
            ])
            #expect(result.status == 0)
            #expect(result.stderr.contains("wrote \(path)"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
        let reader = try XLSXWorkbookReader(path: first)
        #expect(reader.sheetNames == ["Cost plan", "Roadmap"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["a.xlsx", "b.xlsx"])
    }

    @Test func anUnwritableOutputExitsWithThree() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("missing/plan.xlsx").path
        let result = try CommandRunner.run(["cost-plan", "--employees", "30", "-o", path])
        #expect(result.status == 3)
        #expect(result.stderr.contains("\(path): error:"))
    }
}
