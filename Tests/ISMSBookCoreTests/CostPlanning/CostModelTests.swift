import Foundation
import ISMSBookCore
import Testing

struct CostModelTests {
    static func inputs(employees: Int = 30, years: Int = 4, _ change: (inout CostInputs) -> Void = { _ in }) -> CostInputs {
        var inputs = CostInputs(employees: employees, startYear: 2026)
        inputs.years = years
        change(&inputs)
        return inputs
    }

    /// The article's figures for about 30 employees, and our estimate from the audit-time chart.
    @Test func thirtyEmployeesMatchTheArticleWithinTenPercent() throws {
        let plan = try CostModel.plan(Self.inputs())
        let article = [850_000, 350_000, 350_000, 600_000]
        #expect(plan.years.map(\.certification) == [850_000, 350_000, 350_000, 590_000])
        for (year, expected) in zip(plan.years, article) {
            let deviation = abs(Double(year.certification - expected)) / Double(expected)
            #expect(deviation <= 0.10, "year \(year.index): \(year.certification) vs \(expected)")
        }
        #expect(plan.years.map(\.events) == [[.initial], [.surveillance1], [.surveillance2], [.recertification]])
        #expect(plan.auditDays == AuditDays(chart: 8.5, initial: 8.5, surveillance: 3, recertification: 6))
        // Defaults show the certification fees alone.
        #expect(plan.years.allSatisfy { $0.consultant == 0 && $0.internalCosts == 0 })
        #expect(plan.total == 2_140_000)
        #expect(plan.presentValue == nil)
    }

    @Test func feesGivenWholeAreExact() throws {
        let plan = try CostModel.plan(Self.inputs {
            $0.isms.initialFee = 850_000
            $0.isms.surveillanceFee = 350_000
            $0.isms.recertificationFee = 600_000
        })
        #expect(plan.years.map(\.total) == [850_000, 350_000, 350_000, 600_000])
        #expect(plan.years.map(\.cumulative) == [850_000, 1_200_000, 1_550_000, 2_150_000])
    }

    /// Escalation 2 %: 350,000 × 1.02 = 357,000; × 1.0404 = 364,140; 590,000 × 1.061208 = 626,112.72 → 626,113.
    @Test func escalationIsCompoundedAndRoundedHalfUpPerLine() throws {
        let plan = try CostModel.plan(Self.inputs { $0.escalationPercent = 2 })
        #expect(plan.years.map(\.total) == [850_000, 357_000, 364_140, 626_113])
        #expect(plan.total == 2_197_253)
    }

    /// Present value at 3 %, by hand: 850,000 + 350,000/1.03 + 350,000/1.03² + 590,000/1.03³
    /// = 850,000 + 339,805.83 + 329,908.57 + 539,933.57 = 2,059,647.97 → 2,059,648.
    @Test func presentValueDiscountsFromYearTwo() throws {
        let plan = try CostModel.plan(Self.inputs { $0.discountRatePercent = 3 })
        #expect(plan.presentValue == 2_059_648)
        // With 2 % escalation: 850,000 + 357,000/1.03 + 364,140/1.0609 + 626,113/1.092727
        // = 850,000 + 346,601.94 + 343,236.87 + 572,982.09 = 2,112,820.91 → 2,112,821.
        let escalated = try CostModel.plan(Self.inputs {
            $0.discountRatePercent = 3
            $0.escalationPercent = 2
        })
        #expect(escalated.presentValue == 2_112_821)
    }

    @Test(arguments: [(3, "50", 5), (1, "50", 2), (100_001, "0.5", 100_501), (350_000, "2", 357_000)])
    func roundingIsHalfUpToTheYen(amount: Int, percent: String, escalated: Int) {
        // 3 × 1.5 = 4.5 → 5; 1 × 1.5 = 1.5 → 2; 100,001 × 1.005 = 100,501.005 → 100,501.
        #expect(YenMath.escalate(amount, percent: Decimal(string: percent) ?? 0, years: 1) == escalated)
    }

    @Test func privacyMarkPlanUsesTheFeeTable() throws {
        let plan = try CostModel.plan(Self.inputs(employees: 15, years: 5) { $0.scheme = .pmark })
        #expect(plan.pmarkSize == .small)
        #expect(plan.years.map(\.total) == [314_288, 0, 230_478, 0, 230_478])
        #expect(plan.auditDays == nil)
        let old = try CostModel.plan(Self.inputs(employees: 15, years: 3) {
            $0.scheme = .pmark
            $0.pmark.table = .tax8
        })
        #expect(old.years.map(\.total) == [308_573, 0, 226_286])
    }

    @Test func bothCombinesTheSchemesAndCountsSharedCostsOnce() throws {
        let plan = try CostModel.plan(Self.inputs(years: 3) {
            $0.scheme = .both
            $0.consultant.initial = 1_000_000
            $0.consultant.yearly = 200_000
        })
        // 30 employees, 製造業・その他: 中規模 (21–300).
        #expect(plan.pmarkSize == .medium)
        #expect(plan.years.map { $0.certification(of: .isms) } == [850_000, 350_000, 350_000])
        #expect(plan.years.map { $0.certification(of: .pmark) } == [628_573, 0, 471_430])
        #expect(plan.years.map(\.consultant) == [1_000_000, 200_000, 200_000])
        #expect(plan.total == 850_000 + 350_000 + 350_000 + 628_573 + 471_430 + 1_400_000)
        #expect(plan.parts.map(\.scheme) == [.isms, .pmark])
        #expect(plan.parts.map(\.total) == [1_550_000 + 1_400_000, 1_100_003 + 1_400_000])
    }

    @Test func internalCostsAreItemsPlusStaffTime() throws {
        let plan = try CostModel.plan(Self.inputs(years: 2) {
            $0.internalCosts.items = [.init(name: "ソフト", yearly: 120_000), .init(name: "キャビネット", once: 80_000)]
            $0.internalCosts.hourlyRate = 3_000
            $0.internalCosts.trainingHours = 2
            $0.internalCosts.internalAuditHours = Decimal(string: "0.5") ?? 0
        })
        // 200,000 of items + 2 h × 3,000 × 30 + 0.5 h × 3,000 × 30 in year 1; no cabinet in year 2.
        #expect(plan.years.map(\.internalCosts) == [200_000 + 180_000 + 45_000, 120_000 + 180_000 + 45_000])
    }

    @Test(arguments: [
        (20, PrivacyMarkIndustry.other, nil, PrivacyMarkSize.small), (21, .other, nil, .medium), (300, .other, nil, .medium),
        (301, .other, nil, .large), (301, .other, 300_000_000, .medium), (301, .other, 300_000_001, .large),
        (5, .service, nil, .small), (6, .service, nil, .medium), (101, .service, 50_000_000, .medium),
        (101, .service, nil, .large), (51, .retail, nil, .large), (50, .retail, nil, .medium), (101, .wholesale, 100_000_000, .medium),
        (101, .wholesale, 100_000_001, .large), (3, .wholesale, 1_000_000_000, .small),
    ] as [(Int, PrivacyMarkIndustry, Int?, PrivacyMarkSize)])
    func privacyMarkSizeClasses(employees: Int, industry: PrivacyMarkIndustry, capital: Int?, expected: PrivacyMarkSize) {
        #expect(PrivacyMarkSize.classify(employees: employees, industry: industry, capital: capital) == expected)
    }

    @Test func feeTablesAddUpToJIPDECsTotals() {
        let totals: [(PrivacyMarkFeeTable, [Int], [Int])] = [
            (.tax10, [314_288, 628_573, 1_257_144], [230_478, 471_430, 942_858]),
            (.tax8, [308_573, 617_144, 1_234_286], [226_286, 462_859, 925_715]),
        ]
        for (table, new, renewal) in totals {
            #expect(PrivacyMarkSize.allCases.map { table.fees(for: .pmarkApplication, size: $0).total } == new)
            #expect(PrivacyMarkSize.allCases.map { table.fees(for: .pmarkRenewal, size: $0).total } == renewal)
        }
        #expect(PrivacyMarkFeeTable.version("2019-10") == .tax10)
        #expect(PrivacyMarkFeeTable.version("2020-01") == nil)
    }

    @Test func aBudgetSmallerThanYearOneIsAWarning() throws {
        let over = try CostModel.plan(Self.inputs { $0.budget = 800_000 })
        #expect(over.warnings.map(\.english) == ["the first year costs ¥850,000, more than the budget of ¥800,000"])
        #expect(try CostModel.plan(Self.inputs { $0.budget = 850_000 }).warnings.isEmpty)
    }

    /// (input, a value out of its range)
    @Test(arguments: [
        (CostInputs.Key.years, "0"), (.years, "31"), (.employees, "-3"), (.sites, "0"), (.complexityPercent, "-31"),
        (.dayRate, "-1"), (.fiscalYearStartMonth, "13"), (.escalationPercent, "-60"), (.discountRatePercent, "-50"),
    ])
    func inputsOutOfRangeNameTheirKey(key: CostInputs.Key, value: String) {
        let number = Int(value) ?? 0
        let inputs = Self.inputs { inputs in
            switch key {
            case .years: inputs.years = number
            case .employees: inputs.employees = number
            case .sites: inputs.sites = number
            case .complexityPercent: inputs.isms.complexityPercent = Decimal(number)
            case .dayRate: inputs.isms.dayRate = number
            case .fiscalYearStartMonth: inputs.fiscalYearStartMonth = number
            case .escalationPercent: inputs.escalationPercent = Decimal(number)
            default: inputs.discountRatePercent = Decimal(number)
            }
        }
        let error = #expect(throws: CostInputError.self) { try CostModel.plan(inputs) }
        #expect(error?.key == key)
    }

    @Test func absurdAmountsAreAnErrorNotAnOverflow() {
        let inputs = Self.inputs(employees: 10_000_000, years: 30) {
            $0.isms.dayRate = 1_000_000_000_000
            $0.escalationPercent = 100
            $0.internalCosts.items = Array(repeating: .init(name: "x", yearly: 1_000_000_000_000), count: 1000)
        }
        let error = #expect(throws: CostInputError.self) { try CostModel.plan(inputs) }
        #expect(error?.key == .dayRate)
        #expect(error?.message == "makes a cost of more than ¥10 trillion in year 1")
    }

    @Test func yenText() {
        #expect(YenText.yen(2_140_000) == "¥2,140,000")
        #expect(YenText.yen(0) == "¥0")
        #expect(YenText.man(850_000) == "85万円")
        #expect(YenText.man(2_748_573) == "274.9万円")
        #expect(YenText.man(12_345_678_900) == "1,234,567.9万円")
        #expect(YenText.man(5_000) == "5,000円")
    }
}
