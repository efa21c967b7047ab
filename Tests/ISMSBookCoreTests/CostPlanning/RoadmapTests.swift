import ISMSBookCore
import Testing

struct RoadmapTests {
    static func day(_ text: String) -> CalendarDate {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2]) ?? CalendarDate(daysSinceEpoch: 0)
    }

    /// Back-scheduled by hand from 2027-03-31 with the default weeks (3, 4, 4, 3, 2, 4, 3, 4, 9):
    /// step 9 is the 63 days ending on the target, each earlier step ends the day before the next.
    @Test func backSchedulesEachStepFromTheTarget() {
        let roadmap = Roadmap.backScheduled(target: Self.day("2027-03-31"), planDate: Self.day("2026-06-01"))
        let expected: [(RoadmapStep, String, String)] = [
            (.plan, "2026-07-23", "2026-08-12"),
            (.assetInventory, "2026-08-13", "2026-09-09"),
            (.riskAssessment, "2026-09-10", "2026-10-07"),
            (.supplierManagement, "2026-10-08", "2026-10-28"),
            (.legalCheck, "2026-10-29", "2026-11-11"),
            (.policyAndManual, "2026-11-12", "2026-12-09"),
            (.training, "2026-12-10", "2026-12-30"),
            (.internalAuditAndReview, "2026-12-31", "2027-01-27"),
            (.certificationAudits, "2027-01-28", "2027-03-31"),
            (.operation, "2027-04-01", "2028-03-29"),  // 52 weeks; 2028 is a leap year
        ]
        #expect(roadmap.entries.map(\.step) == RoadmapStep.allCases)
        for (entry, (step, start, end)) in zip(roadmap.entries, expected) {
            #expect(entry.step == step)
            #expect(entry.start.iso8601 == start, "\(step)")
            #expect(entry.end.iso8601 == end, "\(step)")
        }
        for (previous, next) in zip(roadmap.entries.dropLast(), roadmap.entries.dropFirst()) {
            #expect(previous.end.nextDay == next.start)
        }
        #expect(roadmap.entries[8].end == Self.day("2027-03-31"))
        #expect(roadmap.entries.dropLast().reduce(0) { $0 + $1.weeks } == 36)
        #expect(roadmap.warnings.isEmpty)
        #expect(roadmap.entries[0].owner == "推進責任者")
    }

    @Test func durationsAndOwnersCanBeOverridden() {
        let people = ProjectPeople(projectManager: "佐藤", internalAuditors: ["鈴木", "高橋"])
        let roadmap = Roadmap.backScheduled(
            target: Self.day("2027-03-31"), planDate: Self.day("2026-01-05"), durations: [.certificationAudits: 13],
            owners: [.legalCheck: "渡辺"], people: people)
        #expect(roadmap.entries[8].start == Self.day("2026-12-31"))  // 13 weeks = 91 days ending 2027-03-31
        #expect(roadmap.entries[7].end == Self.day("2026-12-30"))
        #expect(roadmap.entries[0].owner == "佐藤")
        #expect(roadmap.entries[4].owner == "渡辺")
        #expect(roadmap.entries[7].owner == "鈴木、高橋")
    }

    @Test func aTargetTooCloseNamesTheStepThatDoesNotFit() {
        // From 2027-03-31 the policy step runs 2026-11-12 to 2026-12-09: a plan dated 2026-12-01
        // falls inside it.
        let roadmap = Roadmap.backScheduled(target: Self.day("2027-03-31"), planDate: Self.day("2026-12-01"))
        #expect(roadmap.warnings.count == 1)
        let warning = roadmap.warnings[0].english
        #expect(warning.contains("step 6 'Policy and manual' would have to start on 2026-11-12, before the plan date 2026-12-01"))
        #expect(warning.contains("about 19 weeks short"))  // step 1 starts 2026-07-23, 131 days earlier: 18.7 weeks
        #expect(roadmap.warnings[0].japanese.contains("手順6「方針・マニュアル整備」"))
        #expect(roadmap.firstDay == Self.day("2026-07-23"))
    }

    @Test func aTargetBeforeThePlanDateIsAWarning() {
        let roadmap = Roadmap.backScheduled(target: Self.day("2026-01-01"), planDate: Self.day("2026-06-01"))
        #expect(roadmap.warnings.map(\.english) == ["the target date 2026-01-01 is not after the plan date 2026-06-01"])
    }
}
