import Foundation
import ISMSBookCore
import ISMSBookTestSupport
import Testing

@testable import ISMSBookWriter

struct CostPlanSheetTests {
    static let planDate = CalendarDate(year: 2026, month: 6, day: 1) ?? CalendarDate(daysSinceEpoch: 0)

    static func plan(target: CalendarDate? = nil, _ change: (inout CostInputs) -> Void = { _ in }) throws -> CertificationPlan {
        try CertificationPlan.make(file: nil, planDate: planDate, targetDate: target) { inputs in
            inputs.employees = 30
            inputs.sources[.employees] = .option("--employees")
            change(&inputs)
        }
    }

    static func write(_ plan: CertificationPlan, language: Language = .japanese, in folder: TemporaryFolder, name: String = "plan.xlsx")
        throws -> (path: String, reader: XLSXWorkbookReader)
    {
        let path = folder.url.appendingPathComponent(name).path
        let settings = CostPlanWorkbook.Settings(
            language: language, organisation: "株式会社テスト", createdAt: Date(timeIntervalSince1970: 1_780_000_000), toolVersion: "test")
        try CostPlanWorkbook.write(plan, to: path, settings: settings)
        return (path, try XLSXWorkbookReader(path: path))
    }

    /// The table's rows: from the header (first cell 年度/Year) to the grand total.
    static func table(_ rows: [[XLSXCell?]], header: String) throws -> (header: Int, rows: [[XLSXCell?]]) {
        let index = try #require(rows.firstIndex { $0.first??.string == header })
        return (index, rows)
    }

    @Test func totalsAndRunningTotalsAreFormulasWithTheirValues() throws {
        let folder = try TemporaryFolder()
        let plan = try Self.plan {
            $0.years = 4
            $0.escalationPercent = 2
            $0.discountRatePercent = 3
            $0.consultant.initial = 500_000
        }
        let book = try Self.write(plan, in: folder)
        #expect(book.reader.sheetNames == ["費用計画"])
        let (header, rows) = try Self.table(try book.reader.rows(ofSheet: "費用計画"), header: "年度")
        #expect(rows[header].compactMap { $0?.string } == ["年度", "審査・申請", "認証費用", "コンサルタント", "社内費用", "合計", "累計"])
        for (offset, year) in plan.costs.years.enumerated() {
            let row = rows[header + 1 + offset]
            let r = header + 2 + offset  // 1-based
            #expect(row[2]?.number == Double(year.certification))
            #expect(row[2]?.formula == nil)
            #expect(row[5]?.formula == "SUM(C\(r):E\(r))")
            #expect(row[5]?.number == Double(year.total))
            #expect(row[6]?.formula == (offset == 0 ? "F\(r)" : "G\(r - 1)+F\(r)"))
            #expect(row[6]?.number == Double(year.cumulative))
        }
        let first = header + 2
        let last = header + 1 + plan.costs.years.count
        let totalRow = rows[last]
        #expect(totalRow[0]?.string == "合計")
        #expect(totalRow[5]?.formula == "SUM(F\(first):F\(last))")
        #expect(totalRow[5]?.number == Double(plan.costs.total))
        #expect(totalRow[3]?.number == 500_000)
        let pvRow = rows[last + 1]
        let discount = try #require(rows.firstIndex { $0.first??.string == "割引率（年）" })
        #expect(rows[discount][1]?.number == 0.03)
        #expect(pvRow[5]?.formula == "ROUND(NPV($B$\(discount + 1),F\(first):F\(last))*(1+$B$\(discount + 1)),0)")
        #expect(pvRow[5]?.number == Double(plan.costs.presentValue ?? -1))
    }

    @Test func assumptionsComeAboveTheTableWithYenFormats() throws {
        let folder = try TemporaryFolder()
        let book = try Self.write(try Self.plan(), in: folder)
        let rows = try book.reader.rows(ofSheet: "費用計画")
        let labels = rows.compactMap { $0.first??.string }
        let header = try #require(labels.firstIndex(of: "年度"))
        #expect(labels.firstIndex(of: "前提条件") ?? .max < header)
        let dayRate = try #require(rows.first { $0.first??.string == "審査 日額（1人日）" })
        #expect(dayRate[1]?.number == 80_000)
        #expect(dayRate[2]?.string?.contains("calibrated") == true)
        let days = try #require(rows.first { $0.first??.string == "初回審査 工数（人日）" })
        #expect(days[1]?.number == 8.5)
        let styles = String(decoding: try book.reader.entry("xl/styles.xml"), as: UTF8.self)
        #expect(styles.contains("formatCode=\"&quot;¥&quot;#,##0\""))
    }

    @Test func theChartStacksCostByYearAndKind() throws {
        let folder = try TemporaryFolder()
        let book = try Self.write(try Self.plan { $0.scheme = .both }, language: .english, in: folder)
        #expect(book.reader.sheetNames == ["Cost plan"])
        let chart = String(decoding: try book.reader.entry("xl/charts/chart1.xml"), as: UTF8.self)
        #expect(chart.contains("<c:grouping val=\"stacked\"/>"))
        #expect(chart.components(separatedBy: "<c:ser>").count - 1 == 4)  // ISMS, P-mark, consultant, internal
        #expect(chart.contains("'Cost plan'!$A$"))
        let (header, rows) = try Self.table(try book.reader.rows(ofSheet: "Cost plan"), header: "Year")
        #expect(rows[header].compactMap { $0?.string }.prefix(4) == ["Year", "Audits", "ISMS certification", "Privacy Mark fees"])
        #expect(rows[header + 1][6]?.formula == "SUM(C\(header + 2):F\(header + 2))")
        #expect(rows[header + 1][7]?.formula == "G\(header + 2)")
    }

    @Test func theRoadmapSheetDrawsBarsWithConditionalFormatting() throws {
        let folder = try TemporaryFolder()
        let target = try #require(CalendarDate(year: 2027, month: 3, day: 31))
        let plan = try Self.plan(target: target)
        let book = try Self.write(plan, in: folder)
        #expect(book.reader.sheetNames == ["費用計画", "計画"])
        let rows = try book.reader.rows(ofSheet: "計画")
        #expect(rows[1][1]?.isDate == true)
        #expect(rows[1][1]?.number == Double(Self.planDate.excelSerial))
        let header = try #require(rows.firstIndex { $0.first??.string == "No." })
        let steps = rows[(header + 2)...].filter { $0.first??.number != nil }
        #expect(steps.count == 10)
        for (row, entry) in zip(steps, try #require(plan.roadmap).entries) {
            #expect(row[1]?.string == entry.step.label(in: .japanese))
            #expect(row[3]?.number == Double(entry.start.excelSerial))
            #expect(row[4]?.number == Double(entry.end.excelSerial))
        }
        // Monthly columns (95 weeks is too long for weekly ones), from the plan date's month.
        #expect(rows[header][6]?.number == Double(CalendarDate(year: 2026, month: 6, day: 1)?.excelSerial ?? 0))
        #expect(rows[header][7]?.number == Double(CalendarDate(year: 2026, month: 7, day: 1)?.excelSerial ?? 0))
        let xml = String(decoding: try book.reader.entry("xl/worksheets/sheet2.xml"), as: UTF8.self)
        #expect(xml.components(separatedBy: "type=\"expression\"").count - 1 == 2)
        let h = header + 1
        #expect(xml.contains("<formula>AND(G$\(h)&lt;=$B$2,G$\(h + 1)&gt;=$B$2)</formula>"))
        #expect(xml.contains("<formula>AND(G$\(h)&lt;=$E\(h + 2),G$\(h + 1)&gt;=$D\(h + 2))</formula>"))
        let costs = try book.reader.rows(ofSheet: "費用計画")
        #expect(costs.contains { $0.first??.string == "Pマーク更新申請期間" } == false)  // ISMS only
        #expect(costs.contains { $0.first??.string == "ISMS 維持審査1 期限" })
    }

    @Test func weeklyColumnsForAShortRoadmap() {
        let first = CalendarDate(year: 2026, month: 6, day: 3) ?? CalendarDate(daysSinceEpoch: 0)  // a Wednesday
        let periods = RoadmapSheet.periods(from: first, to: first.adding(days: 100))
        #expect(periods.first?.start == CalendarDate(year: 2026, month: 6, day: 1))  // the Monday before
        #expect(periods.allSatisfy { $0.end.daysSinceEpoch - $0.start.daysSinceEpoch == 6 })
        #expect(periods.count == 15)
        let long = RoadmapSheet.periods(from: first, to: first.adding(days: 500))
        #expect(long.first?.start == CalendarDate(year: 2026, month: 6, day: 1))
        #expect(long.first?.end == CalendarDate(year: 2026, month: 6, day: 30))
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let folder = try TemporaryFolder()
        let target = CalendarDate(year: 2027, month: 3, day: 31)
        let first = try Self.write(try Self.plan(target: target), in: folder, name: "a.xlsx")
        let second = try Self.write(try Self.plan(target: target), in: folder, name: "b.xlsx")
        let a = try Data(contentsOf: URL(fileURLWithPath: first.path))
        let b = try Data(contentsOf: URL(fileURLWithPath: second.path))
        #expect(a == b)
    }
}
