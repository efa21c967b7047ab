import Foundation
import ISMSBookCore
import Testing

/// The supplier register's and the legal register's flags, relative to the generation date
/// 2026-11-27 (``BinderRun/date``).
struct SupplierAndLawTests {
    @Test func suppliersAreCheckedAgainstTheAssetRegisterAndTheDate() throws {
        let suppliers = """
            委託先,委託業務,委託する情報資産,NDA,最終確認日,次回確認予定日
            健診センター,健康診断,A-1,なし,2026/01/10,2027/01/10
            文書保管,保管,A-2、A-3,あり,2025/11/27,
            印刷会社,印刷,A-9,あり,2025/11/26,
            給与代行,給与計算,a-1,締結済,令和8年4月1日,令和8年10月1日
            清掃会社,清掃,,,,
            """
        let run = try BinderRun(suppliers: suppliers)
        let list = try #require(run.report.binder?.suppliers)
        #expect(list.count == 5)
        // A-1 is sensitive personal data, so of value 3: entrusted without an NDA.
        #expect(list[0].lacksNDAForHighValueAssets)
        #expect(list[0].highestAssetValue == 3)
        #expect(!list[0].isCheckOverdue)
        let nda = try #require(run.diagnostics("high-value-without-nda").first)
        #expect(nda.message == .highValueAssetWithoutNDA(assetID: "A-1", value: 3))
        #expect(nda.location.row == 2 && nda.location.column == 4)
        // Checked exactly a year before the generation date: due today, not overdue.
        #expect(list[1].checkDue == CalendarDate(year: 2026, month: 11, day: 27))
        #expect(!list[1].isCheckOverdue)
        #expect(list[1].assetIDs == ["A-2", "A-3"])
        // A day more is overdue, from the last check when no next date is written.
        #expect(list[2].isCheckOverdue)
        #expect(list[2].unknownAssetIDs == ["A-9"])
        let unknown = try #require(run.diagnostics("unknown-asset").first)
        #expect(unknown.severity == .error && unknown.value == "A-9" && unknown.location.row == 4)
        // The next date written wins over the last check + 1 year; ids compare as the asset register's do.
        #expect(list[3].isCheckOverdue)
        #expect(list[3].checkDue == CalendarDate(year: 2026, month: 10, day: 1))
        #expect(!list[3].lacksNDAForHighValueAssets)
        #expect(list[4].checkDue == nil)
        #expect(run.diagnostics("supplier-check-overdue").map(\.location.row) == [4, 5])
        #expect(run.diagnostics("supplier-not-checked").map(\.location.row) == [6])
        let status = try #require(run.report.binder?.supplierStatus)
        let counts: [Int] = [status.suppliers, status.overdue, status.neverChecked, status.highValueWithoutNDA, status.withUnknownAssets]
        #expect(counts == [5, 2, 1, 1, 1])
    }

    @Test func anAssetOfMediumValueNeedsNoNDA() throws {
        let run = try BinderRun(suppliers: "Supplier,Entrusted assets,NDA,Last check\nPrinter,A-2,no,2026-06-01\n")
        #expect(run.report.binder?.suppliers?.first?.lacksNDAForHighValueAssets == false)
        #expect(run.report.warningCount == 0 && run.report.errorCount == 0)
    }

    @Test func lawReviewsOlderThanAYearAreFlagged() throws {
        let laws = """
            法令名,適用,所管部署,最終確認日
            個人情報保護法,該当,人事部,2025/11/27
            番号法,該当,人事部,2025/11/26
            不正アクセス禁止法,○,開発部,
            特定電子メール法,非該当,開発部,2020/01/01
            労働者派遣法,,人事部,
            電子署名法,たぶん,経理部,令和7年12月1日
            """
        let run = try BinderRun(laws: laws)
        let list = try #require(run.report.binder?.laws)
        #expect(list.map(\.applies) == [true, true, true, false, nil, nil])
        #expect(!list[0].isReviewOverdue)  // exactly one year: still in time
        #expect(list[1].isReviewOverdue)
        #expect(!list[3].isReviewOverdue)  // does not apply: no review needed
        #expect(list[5].lastReviewed == CalendarDate(year: 2025, month: 12, day: 1))
        let overdue = try #require(run.diagnostics("law-review-overdue").first)
        #expect(overdue.message == .lawReviewOverdue(lastReviewed: "2025-11-26", date: "2026-11-27"))
        #expect(overdue.location.row == 3 && overdue.location.column == 4)
        #expect(run.diagnostics("law-review-overdue").count == 1)
        #expect(run.diagnostics("law-not-reviewed").map(\.location.row) == [4])
        #expect(run.diagnostics("law-applicability-undecided").map(\.location.row) == [6])
        #expect(run.diagnostics("not-yes-no").map(\.value) == ["たぶん"])
        let status = try #require(run.report.binder?.lawStatus)
        #expect(status.laws == 6 && status.applicable == 3 && status.notApplicable == 1 && status.undecided == 2)
        #expect(status.reviewedInTime == 2 && status.reviewOverdue == 1 && status.notReviewed == 2)
    }

    @Test func aLegalRegisterWithoutTheAppliesColumnIsAnError() throws {
        let run = try BinderRun(laws: "Law,Department\nCopyright Act,Development\n")
        #expect(run.diagnostics("missing-column").count == 1)
        #expect(run.report.errorCount == 1)
    }

    @Test func theSampleLawListNamesTheMainJapaneseLaws() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("samples/binder/法令一覧.csv"), encoding: .utf8)
        for law in ["個人情報保護法", "番号法", "不正アクセス禁止法", "電子署名法", "サイバーセキュリティ基本法", "特定電子メール法", "電子契約法"] {
            #expect(text.contains(law), "\(law)")
        }
    }
}
