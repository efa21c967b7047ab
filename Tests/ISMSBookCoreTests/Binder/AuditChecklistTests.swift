import ISMSBookCore
import Testing

/// The internal-audit checklist: its scope and the rule that auditors do not audit their own
/// department.
struct AuditChecklistTests {
    static let risks = """
        リスクID,資産ID,脅威,脅威レベル,脆弱性レベル,リスク対応,管理策
        R-1,A-1,漏えい,1,1,受容,A.8.13; A.5.14
        """

    @Test func oneLinePerApplicableControlAndDepartment() throws {
        let run = try BinderRun(risks: Self.risks, checklist: true)
        let checklist = try #require(run.report.binder?.checklist)
        // Departments from the asset register, in first-seen order.
        #expect(checklist.departments.map(\.name) == ["人事部", "経理部"])
        #expect(checklist.controls.map(\.control.id) == ["A.5.14", "A.8.13"])
        #expect(checklist.lineCount == 4)
        #expect(Array(checklist.lines).map { "\($0.department.name) \($0.control.control.id)" }
                == ["人事部 A.5.14", "人事部 A.8.13", "経理部 A.5.14", "経理部 A.8.13"])
        // Without an auditors' list nobody is assigned and nothing is reported.
        #expect(checklist.departments.allSatisfy { $0.auditor == nil })
        #expect(!checklist.hasAuditorList)
        // The checklist alone does not add a SoA sheet or its warnings.
        #expect(run.report.binder?.soa == nil)
        #expect(run.diagnostics("undecided-controls").isEmpty)
    }

    @Test func auditorsNeverAuditTheirOwnDepartment() throws {
        let auditors = """
            監査員,所属部署
            山田,人事部
            鈴木,経理部
            田中,経理部、人事部
            """
        let run = try BinderRun(risks: Self.risks, auditors: auditors, checklist: true, departments: ["人事部", "経理部", "開発部", "総務部"])
        let checklist = try #require(run.report.binder?.checklist)
        let assigned = checklist.departments.map { "\($0.name)=\($0.auditor ?? "-")" }
        // The least-loaded eligible auditor, the first listed on a tie; 田中 belongs to both 人事部 and 経理部.
        #expect(assigned == ["人事部=鈴木", "経理部=山田", "開発部=田中", "総務部=山田"])
        #expect(run.report.errorCount == 0)
    }

    @Test func aDepartmentNoAuditorMayAuditIsAnError() throws {
        let auditors = """
            Auditor,Department
            Yamada,人事部
            Sato,人事部
            Kato,
            """
        let run = try BinderRun(risks: Self.risks, auditors: auditors, checklist: true)
        let checklist = try #require(run.report.binder?.checklist)
        #expect(checklist.departments.map(\.auditor) == [nil, "Yamada"])
        let error = try #require(run.diagnostics("no-independent-auditor").first)
        #expect(error.severity == .error)
        #expect(error.message == .noIndependentAuditor(department: "人事部"))
        #expect(error.location == SourceLocation(file: run.path("auditors.csv")))
        // An auditor without a department cannot be shown to be independent: an error, not assigned.
        #expect(run.diagnostics("missing-value").map(\.location.row) == [4])
    }

    @Test func theAssignmentRuleOnItsOwn() {
        let source = RowSource(file: "a.csv", row: 2)
        let auditors = [Auditor(name: "A", departments: ["経理部"], source: source),
                        Auditor(name: "B", departments: ["ＩＴ部 "], source: source)]
        #expect(AuditorAssignment.assign(departments: ["経理部", "IT部", "総務部", "法務部"], auditors: auditors) == ["B", "A", "A", "B"])
        #expect(AuditorAssignment.assign(departments: ["経理部"], auditors: []) == [nil])
    }

    @Test func theSoAsExclusionsLeaveTheChecklist() throws {
        let soa = """
            管理策番号,適用,理由
            A.5.1,適用,方針
            A.7.12,除外,配線設備なし
            """
        let run = try BinderRun(soa: soa, checklist: true, departments: ["全社"])
        let checklist = try #require(run.report.binder?.checklist)
        #expect(checklist.controls.map(\.control.id) == ["A.5.1"])
        #expect(checklist.departments == [AuditChecklist.Department(name: "全社", auditor: nil)])
    }
}
