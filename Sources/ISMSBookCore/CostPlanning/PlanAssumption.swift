import Foundation

/// One input or derived figure of a plan, with where it comes from: a row of the assumptions
/// block in the workbook, an entry of `assumptions` in the JSON.
public struct PlanAssumption: Sendable, Equatable {
    /// A value and how to show it.
    public enum Value: Sendable, Equatable {
        /// Whole yen.
        case yen(Int)
        /// A count or a year.
        case integer(Int)
        /// Auditor-days or hours.
        case number(Decimal)
        /// A percentage (`2` is 2 %).
        case percent(Decimal)
        /// Text.
        case text(String)
    }

    /// The key in the JSON and, for inputs, in the plan file.
    public var key: String
    /// Japanese label.
    public var japanese: String
    /// English label.
    public var english: String
    /// The value used.
    public var value: Value
    /// Where it comes from.
    public var source: String

    /// The label in a language.
    public func label(in language: Language) -> String { language.pick(japanese, english) }
}

extension CostPlan {
    /// Every input and default the plan used, with its source, in the order of the workbook.
    public var assumptions: [PlanAssumption] {
        let i = inputs
        var list: [PlanAssumption] = []
        func add(_ key: CostInputs.Key, _ ja: String, _ en: String, _ value: PlanAssumption.Value) {
            list.append(PlanAssumption(key: key.rawValue, japanese: ja, english: en, value: value, source: i.source(of: key)))
        }
        func derived(_ key: String, _ ja: String, _ en: String, _ value: PlanAssumption.Value, _ source: String) {
            list.append(PlanAssumption(key: key, japanese: ja, english: en, value: value, source: source))
        }
        add(.scheme, "対象", "Scheme", .text(scheme.rawValue))
        add(.startYear, "開始年度", "First fiscal year", .integer(i.startYear))
        add(.fiscalYearStartMonth, "年度開始月", "Fiscal year starts in month", .integer(i.fiscalYearStartMonth))
        add(.years, "計画年数", "Years", .integer(i.years))
        add(.employees, "従業員数（適用範囲の人数）", "Employees (persons in scope)", .integer(i.employees))
        add(.sites, "拠点数", "Sites", .integer(i.sites))
        if let days = auditDays { list += ismsAssumptions(days) }
        if let size = pmarkSize { list += pmarkAssumptions(size) }
        add(.consultantInitial, "コンサルタント（1年目）", "Consultant, year 1", .yen(i.consultant.initial))
        add(.consultantYearly, "コンサルタント（2年目以降 毎年）", "Consultant, yearly from year 2", .yen(i.consultant.yearly))
        add(.hourlyRate, "社内工数 時間単価", "Staff cost per hour", .yen(i.internalCosts.hourlyRate))
        add(.trainingHours, "教育 時間/人・年", "Training hours per person a year", .number(i.internalCosts.trainingHours))
        add(.internalAuditHours, "内部監査 時間/人・年", "Internal audit hours per person a year", .number(i.internalCosts.internalAuditHours))
        add(.participants, "教育・内部監査の対象人数", "Participants", .integer(i.participants))
        let items = i.internalCosts.items.map { item in
            "\(item.name) \(YenText.yen(item.yearly))/年" + (item.once > 0 ? " + \(YenText.yen(item.once))" : "")
        }
        add(.internalItems, "社内費用の項目", "Internal items", .text(items.isEmpty ? "—" : items.joined(separator: "; ")))
        add(.escalationPercent, "物価上昇率（年）", "Escalation a year", .percent(i.escalationPercent))
        if let rate = i.discountRatePercent { add(.discountRatePercent, "割引率（年）", "Discount rate", .percent(rate)) }
        if let budget = i.budget { add(.budget, "予算（1年目）", "Budget, year 1", .yen(budget)) }
        derived("rounding", "端数処理", "Rounding", .text("half up to the yen after escalation"), "docs/cost-plan.md")
        return list
    }

    private func ismsAssumptions(_ days: AuditDays) -> [PlanAssumption] {
        let i = inputs
        let chartSource = AuditTimeTable.iso27006.band(for: i.employees).map {
            "\(AuditTimeTable.source), \($0.persons.lowerBound)–\($0.persons.upperBound) persons"
        } ?? "\(AuditTimeTable.source), beyond the chart: +1 day per 2,200 persons (our extrapolation)"
        func item(_ key: CostInputs.Key, _ ja: String, _ en: String, _ value: PlanAssumption.Value) -> PlanAssumption {
            PlanAssumption(key: key.rawValue, japanese: ja, english: en, value: value, source: i.source(of: key))
        }
        let thirds = "IAF MD 5 (1/3, 2/3 of the initial audit), rounded up to half a day"
        var list = [
            PlanAssumption(key: "isms.chart_days", japanese: "審査工数表の値（人日）", english: "Audit-time chart (auditor-days)",
                           value: .number(days.chart), source: chartSource),
            item(.complexityPercent, "複雑さによる調整", "Complexity adjustment", .percent(i.isms.complexityPercent)),
            PlanAssumption(key: CostInputs.Key.initialDays.rawValue, japanese: "初回審査 工数（人日）", english: "Initial audit (auditor-days)",
                           value: .number(days.initial),
                           source: i.sources[.initialDays]?.description ?? "chart × complexity + 0.5 day per extra site, rounded up to half a day"),
            PlanAssumption(key: "isms.surveillance_days", japanese: "維持審査 工数（人日）", english: "Surveillance (auditor-days)",
                           value: .number(days.surveillance), source: thirds),
            PlanAssumption(key: "isms.recertification_days", japanese: "更新審査 工数（人日）", english: "Recertification (auditor-days)",
                           value: .number(days.recertification), source: thirds),
            item(.dayRate, "審査 日額（1人日）", "Day rate", .yen(i.isms.dayRate)),
            item(.applicationFee, "申請料（初回のみ）", "Application fee (initial only)", .yen(i.isms.applicationFee)),
            item(.registrationFee, "登録・維持料（審査ごと）", "Registration fee (each audit)", .yen(i.isms.registrationFee)),
        ]
        let fees: [(CostInputs.Key, AuditEvent, String, String)] = [
            (.feeInitial, .initial, "初回審査 費用", "Initial audit fee"),
            (.feeSurveillance, .surveillance1, "維持審査 費用", "Surveillance fee"),
            (.feeRecertification, .recertification, "更新審査 費用", "Recertification fee"),
        ]
        for (key, event, ja, en) in fees {
            let fee = CostModel.baseFee(of: event, i)
            let estimate = "\(YenMath.text(days.days(for: event))) days × \(YenText.yen(i.isms.dayRate)) + \(YenText.yen(i.isms.registrationFee))"
                + (event == .initial ? " + \(YenText.yen(i.isms.applicationFee))" : "")
            list.append(PlanAssumption(key: key.rawValue, japanese: ja, english: en, value: .yen(fee),
                                       source: i.sources[key]?.description ?? "estimated: \(estimate)"))
        }
        return list
    }

    private func pmarkAssumptions(_ size: PrivacyMarkSize) -> [PlanAssumption] {
        let i = inputs
        func item(_ key: CostInputs.Key, _ ja: String, _ en: String, _ value: PlanAssumption.Value, _ source: String? = nil) -> PlanAssumption {
            PlanAssumption(key: key.rawValue, japanese: ja, english: en, value: value, source: source ?? i.source(of: key))
        }
        var list = [
            item(.pmarkFeeTable, "Pマーク料金表", "Privacy Mark fee table", .text(i.pmark.table.id),
                 i.sources[.pmarkFeeTable].map { "\($0); \(i.pmark.table.source)" } ?? i.pmark.table.source),
            item(.industry, "業種", "Industry", .text(i.pmark.industry.rawValue)),
        ]
        if let capital = i.pmark.capital { list.append(item(.capital, "資本金", "Capital", .yen(capital))) }
        list.append(item(.pmarkSize, "事業者規模", "Size class", .text(size.rawValue),
                         i.sources[.pmarkSize]?.description ?? "classified: \(PrivacyMarkSize.source)"))
        for event in [AuditEvent.pmarkApplication, .pmarkRenewal] {
            let fees = i.pmark.fees(for: event, size: size)
            let split = "申請料 \(YenText.grouped(fees.application)) + 審査料 \(YenText.grouped(fees.examination))"
                + " + 付与登録料 \(YenText.grouped(fees.registration))"
            let isNew = event == .pmarkApplication
            let overridden = (isNew ? i.pmark.newFees : i.pmark.renewalFees) != nil
            list.append(PlanAssumption(
                key: isNew ? "pmark.fees.new" : "pmark.fees.renewal", japanese: isNew ? "Pマーク新規 費用" : "Pマーク更新 費用",
                english: isNew ? "Privacy Mark application fees" : "Privacy Mark renewal fees", value: .yen(fees.total),
                source: (overridden ? i.source(of: .pmarkFees) : "table \(i.pmark.table.id), \(size.rawValue)") + ": \(split)"))
        }
        return list
    }
}
