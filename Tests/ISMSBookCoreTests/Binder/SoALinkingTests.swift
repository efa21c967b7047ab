import ISMSBookCore
import Testing

/// The rules that link the risk register to the Statement of Applicability.
struct SoALinkingTests {
    static let risks = """
        リスクID,資産ID,脅威,脅威レベル,脆弱性レベル,リスク対応,管理策
        R-1,A-1,漏えい,3,3,低減,A.8.13; 8.24
        R-2,A-2,紛失,3,3,低減,A.12.3.1
        R-3,A-2,誤送信,1,1,受容,a.5.14
        """

    @Test func aControlARiskNamesIsApplicableWithTheRisksAsReason() throws {
        let run = try BinderRun(risks: Self.risks, writesSoA: true)
        let backup = try #require(run.soaRow("A.8.13"))
        #expect(backup.applicability == .applicable)
        #expect(backup.isImpliedByRisks)
        // R-2 names the 2013 id A.12.3.1, which the 2022 edition replaced with A.8.13.
        #expect(backup.riskIDs == ["R-1", "R-2"])
        #expect(backup.riskCount == 2)
        #expect(run.soaRow("A.8.24")?.riskIDs == ["R-1"])
        #expect(run.soaRow("A.5.14")?.applicability == .applicable)
        let soa = try #require(run.report.binder?.soa)
        #expect(soa.rows.count == 93)
        #expect(soa.counts().applicable == 3)
        #expect(soa.counts().namedByRisks == 3)
    }

    @Test func withoutASoAFileTheUndecidedControlsAreOneWarning() throws {
        let run = try BinderRun(risks: Self.risks, writesSoA: true)
        #expect(run.soaRow("A.5.1")?.applicability == .undecided)
        let warnings = run.diagnostics("undecided-controls")
        #expect(warnings.count == 1)
        #expect(warnings.first?.message == .undecidedControls(count: 90))
        #expect(run.diagnostics("no-applicability-decision").isEmpty)
    }

    @Test func excludingAControlARiskNamesIsAnError() throws {
        let soa = """
            管理策番号,適用,理由
            A.8.13,除外,バックアップは取らない
            A.5.1,適用,方針
            """
        let run = try BinderRun(risks: Self.risks, soa: soa)
        let row = try #require(run.soaRow("A.8.13"))
        #expect(row.applicability == .excluded)
        let errors = run.diagnostics("excluded-but-referenced")
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.severity == .error)
        #expect(error.message == .excludedButReferenced(control: "A.8.13", risks: "R-1, R-2"))
        #expect(error.location == SourceLocation(file: run.path("soa.csv"), row: 2, column: 2, columnName: "適用"))
        #expect(error.value == "除外")
        #expect(row.diagnostics.contains(error))
        #expect(run.report.errorCount == 1)
    }

    @Test func aControlWithNoDecisionAndNoRiskIsFlagged() throws {
        let soa = """
            管理策番号,適用,理由
            A.5.1,適用,方針
            A.5.2,,
            """
        let run = try BinderRun(risks: Self.risks, soa: soa)
        #expect(run.soaRow("A.5.2")?.applicability == .undecided)
        let warnings = run.diagnostics("no-applicability-decision")
        // 93 controls − A.5.1 decided − A.8.13, A.8.24, A.5.14 named by risks.
        #expect(warnings.count == 89)
        #expect(warnings.allSatisfy { $0.severity == .warning })
        // A row with a blank decision is pointed at; a control without a row is the file's.
        let blank = try #require(warnings.first { $0.message == .noApplicabilityDecision(control: "A.5.2") })
        #expect(blank.location.row == 3 && blank.location.column == 2)
        let missing = try #require(warnings.first { $0.message == .noApplicabilityDecision(control: "A.5.3") })
        #expect(missing.location == SourceLocation(file: run.path("soa.csv")))
    }

    @Test func anExclusionNeedsAReason() throws {
        let soa = """
            管理策番号,適用,理由
            A.7.11,除外,サーバー室なし
            A.7.12,除外,
            """
        let run = try BinderRun(soa: soa)
        let warnings = run.diagnostics("exclusion-without-reason")
        #expect(warnings.map(\.message) == [.exclusionWithoutReason(control: "A.7.12")])
        #expect(warnings.first?.location.row == 3)
    }

    @Test func soaRowsCitingThe2013EditionDecideTheir2022Controls() throws {
        let soa = """
            Control,Applicable,Justification,Implemented,Evidence
            A.12.3.1,yes,Backups,implemented,Backup log
            A.8.1.1,yes,Inventory,partial,Register
            A.8.1.2,yes,Ownership,implemented,Register
            A.18.2.3,no,Not needed,,
            """
        let run = try BinderRun(soa: soa)
        let backup = try #require(run.soaRow("A.8.13"))
        #expect(backup.applicability == .applicable)
        #expect(backup.citedAs == ["A.12.3.1"])
        #expect(backup.implementation == .implemented)
        // Two 2013 controls merged into A.5.9: texts joined, the weaker implementation kept.
        let inventory = try #require(run.soaRow("A.5.9"))
        #expect(inventory.citedAs == ["A.8.1.1", "A.8.1.2"])
        #expect(inventory.justification == "Inventory\nOwnership")
        #expect(inventory.implementation == .partial)
        #expect(inventory.sources.map(\.row) == [3, 4])
        // One 2013 control split over two 2022 controls decides both.
        #expect(run.soaRow("A.5.36")?.applicability == .excluded)
        #expect(run.soaRow("A.8.8")?.applicability == .excluded)
        #expect(run.report.errorCount == 0)
    }

    @Test func conflicting2013RowsReadAsApplicableWithAWarning() throws {
        let soa = """
            管理策,適用,理由
            A.8.1.1,除外,不要
            A.8.1.2,適用,必要
            """
        let run = try BinderRun(soa: soa)
        #expect(run.soaRow("A.5.9")?.applicability == .applicable)
        let warning = try #require(run.diagnostics("conflicting-decisions").first)
        #expect(warning.location.row == 3)
    }

    @Test func badSoARowsAreErrors() throws {
        let soa = """
            管理策番号,適用,実施状況
            A.5.1,適用,実施済
            5.1,はい,
            A.5.99,適用,
            A.19.1.1,適用,
            A.5.2,たぶん,
            A.5.3,適用,検討した
            ,適用,
            """
        let run = try BinderRun(soa: soa)
        #expect(run.diagnostics("duplicate-id").map(\.location.row) == [3])
        #expect(run.diagnostics("unknown-control").map(\.location.row) == [4, 5])
        #expect(run.diagnostics("not-yes-no").map(\.value) == ["たぶん"])
        #expect(run.diagnostics("unknown-implementation-status").map(\.value) == ["検討した"])
        #expect(run.diagnostics("missing-value").map(\.location.row) == [8])
        #expect(run.soaRow("A.5.1")?.implementation == .implemented)
        // An unreadable decision is reported once, not again as undecided.
        #expect(!run.diagnostics("no-applicability-decision").contains { $0.message == .noApplicabilityDecision(control: "A.5.2") })
    }

    @Test func countsPerThemeCoverAll93Controls() throws {
        let run = try BinderRun(risks: Self.risks, writesSoA: true)
        let soa = try #require(run.report.binder?.soa)
        #expect(soa.counts(in: .organizational).controls == 37)
        #expect(soa.counts(in: .people).controls == 8)
        #expect(soa.counts(in: .physical).controls == 14)
        #expect(soa.counts(in: .technological).controls == 34)
        #expect(soa.counts(in: .technological).applicable == 2)
        #expect(soa.rows.map(\.control.id) == AnnexACatalogue.controls2022.map(\.id))
    }

    @Test func theRiskIDsOfAControlAreCapped() {
        var references = ControlReferences()
        for index in 1...120 { references.add("R-\(index)", to: "A.8.13") }
        let risks = references.risks(of: "A.8.13")
        #expect(risks.count == 120)
        #expect(risks.listed.count == ControlReferences.listedLimit)
        #expect(risks.listed.first == "R-1")
    }

    @Test func aRiskNamingAnUnknownControlIsWarned() throws {
        let risks = """
            リスクID,資産ID,脅威,脅威レベル,脆弱性レベル,リスク対応,管理策
            R-1,A-1,漏えい,1,1,受容,A.5.38; A.8.13
            """
        let run = try BinderRun(risks: risks, writesSoA: true)
        let warning = try #require(run.diagnostics("unknown-control").first)
        #expect(warning.value == "A.5.38")
        #expect(warning.severity == .warning)
        #expect(run.soaRow("A.8.13")?.riskIDs == ["R-1"])
    }

    @Test func yesNoAndImplementationWords() {
        for yes in ["適用", "○", "Yes", "該当", "締結済み", "あり", "適用する"] { #expect(YesNo.parse(yes) == true, "\(yes)") }
        for no in ["除外", "×", "no", "非該当", "N/A", "なし", "対象外", "-"] { #expect(YesNo.parse(no) == false, "\(no)") }
        for unknown in ["たぶん", "・", "検討中"] { #expect(YesNo.parse(unknown) == nil, "\(unknown)") }
        #expect(ImplementationStatus.parse("実施済み") == .implemented)
        #expect(ImplementationStatus.parse("一部実施") == .partial)
        #expect(ImplementationStatus.parse("計画中") == .planned)
        #expect(ImplementationStatus.parse("未実施") == .notImplemented)
        #expect(ImplementationStatus.parse("○") == .implemented)
        #expect(ImplementationStatus.parse("Partially implemented") == .partial)
    }
}
