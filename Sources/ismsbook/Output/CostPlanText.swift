import ISMSBookCore

/// `ismsbook cost-plan` on a terminal: the audit days and fee basis, the yearly table in yen with
/// thousands separators and 万円, the totals, and the schedule and roadmap when there is a target.
enum CostPlanText {
    static func render(_ plan: CertificationPlan, language: Language) -> String {
        let t = language.pick
        let costs = plan.costs
        let inputs = costs.inputs
        var out: [String] = []
        let span = t("\(inputs.startYear)年度から\(inputs.years)年間", "\(inputs.years) years from FY\(inputs.startYear)")
        out.append(t("費用計画", "Cost plan") + ": " + costs.scheme.label(in: language) + " — "
                   + t("従業員 \(inputs.employees)人、", "\(inputs.employees) employees, ") + span)
        if let days = costs.auditDays {
            let chart = AuditTimeTable.iso27006.band(for: inputs.employees).map { "\($0.persons.lowerBound)–\($0.persons.upperBound)" } ?? "10701+"
            out.append(t("ISMS 審査工数（人日）", "ISMS auditor-days") + ": "
                       + t("初回 \(YenMath.text(days.initial)) ／ 維持 \(YenMath.text(days.surveillance)) ／ 更新 \(YenMath.text(days.recertification))",
                           "initial \(YenMath.text(days.initial)), surveillance \(YenMath.text(days.surveillance)), recertification \(YenMath.text(days.recertification))")
                       + t("（ISO/IEC 27006 表B.1: \(chart)人 → \(YenMath.text(days.chart))人日）",
                           " (ISO/IEC 27006 Table B.1: \(chart) persons → \(YenMath.text(days.chart)) days)"))
            out.append(t("ISMS 審査費用", "ISMS audit fee") + " = "
                       + t("工数 × 日額 \(YenText.yen(inputs.isms.dayRate)) + 登録・維持料 \(YenText.yen(inputs.isms.registrationFee))（審査ごと）"
                           + " + 申請料 \(YenText.yen(inputs.isms.applicationFee))（初回のみ）",
                           "days × \(YenText.yen(inputs.isms.dayRate)) + registration \(YenText.yen(inputs.isms.registrationFee)) (each audit)"
                           + " + application \(YenText.yen(inputs.isms.applicationFee)) (initial only)")
                       + feeOverrides(inputs, language))
        }
        if let size = costs.pmarkSize {
            let new = inputs.pmark.fees(for: .pmarkApplication, size: size).total
            let renewal = inputs.pmark.fees(for: .pmarkRenewal, size: size).total
            out.append(t("Pマーク", "Privacy Mark") + ": " + size.label(in: language)
                       + t("（\(inputs.pmark.industry.label(in: language))）", " (\(inputs.pmark.industry.label(in: language)))")
                       + t("、新規 \(YenText.yen(new))、更新 \(YenText.yen(renewal))（JIPDEC 料金表 \(inputs.pmark.table.id)）"
                           + "；有効期間2年、更新申請は有効期限の8〜4か月前",
                           ", application \(YenText.yen(new)), renewal \(YenText.yen(renewal)) (JIPDEC table \(inputs.pmark.table.id));"
                           + " valid 2 years, renewal application 8 to 4 months before expiry"))
        }
        out.append("")
        out += table(costs, language: language)
        if let presentValue = costs.presentValue, let rate = inputs.discountRatePercent {
            out.append(t("現在価値（割引率 \(rate)%、1年目期首）", "Present value (discount rate \(rate)%, start of year 1)")
                       + ": \(YenText.yen(presentValue))（\(YenText.man(presentValue))）")
        }
        if !costs.parts.isEmpty {
            let parts = costs.parts.map { "\($0.scheme.label(in: language)) \(YenText.yen($0.total))（\(YenText.man($0.total))）" }
            out.append(t("単独の場合: ", "Each alone: ") + parts.joined(separator: t("／", ", "))
                       + t("（コンサルタント・社内費用は両方で1回）", " (consultant and internal costs counted once when both)"))
        }
        out += schedule(plan, language: language)
        out.append("")
        out.append(t("前提と出典: --format json の assumptions、docs/cost-plan.md", "Assumptions and sources: --format json (assumptions), docs/cost-plan.md"))
        return out.joined(separator: "\n") + "\n"
    }

    private static func feeOverrides(_ inputs: CostInputs, _ language: Language) -> String {
        let given = [(inputs.isms.initialFee, "initial"), (inputs.isms.surveillanceFee, "surveillance"),
                     (inputs.isms.recertificationFee, "recertification")].compactMap { fee, name in fee.map { "\(name) \(YenText.yen($0))" } }
        return given.isEmpty ? "" : language.pick("；指定された費用: ", "; given: ") + given.joined(separator: ", ")
    }

    private static func table(_ costs: CostPlan, language: Language) -> [String] {
        let t = language.pick
        let isBoth = costs.scheme == .both
        var header = [t("年次", "Year"), t("年度", "FY"), t("審査・申請", "Audits")]
        header += isBoth ? ["ISMS", t("Pマーク", "P-mark")] : [t("認証費用", "Certification")]
        header += [t("コンサルタント", "Consultant"), t("社内費用", "Internal"), t("合計", "Total"), t("累計", "Cumulative"), t("合計(万円)", "Total (万円)")]
        var rows: [[String]] = []
        for year in costs.years {
            var row = ["\(year.index)", t("\(year.fiscalYear)年度", "FY\(year.fiscalYear)"),
                       year.events.isEmpty ? "—" : year.events.map { $0.label(in: language) }.joined(separator: t("、", ", "))]
            row += isBoth ? [YenText.yen(year.certification(of: .isms)), YenText.yen(year.certification(of: .pmark))] : [YenText.yen(year.certification)]
            row += [YenText.yen(year.consultant), YenText.yen(year.internalCosts), YenText.yen(year.total), YenText.yen(year.cumulative),
                    YenText.man(year.total)]
            rows.append(row)
        }
        var total = [t("合計", "Total"), "", ""]
        let sums = isBoth ? [costs.years.reduce(0) { $0 + $1.certification(of: .isms) }, costs.years.reduce(0) { $0 + $1.certification(of: .pmark) }]
            : [costs.years.reduce(0) { $0 + $1.certification }]
        total += sums.map(YenText.yen)
        total += [YenText.yen(costs.years.reduce(0) { $0 + $1.consultant }), YenText.yen(costs.years.reduce(0) { $0 + $1.internalCosts }),
                  YenText.yen(costs.total), "", YenText.man(costs.total)]
        rows.append(total)
        let widths = header.indices.map { column in ([header] + rows).map { width($0[column]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - width(cell))
                return column >= 3 ? padding + cell : cell + padding  // money right-aligned
            }.joined(separator: "  ")
        }
        return [line(header), String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))]
            + rows.dropLast().map(line) + [line(rows[rows.count - 1])]
    }

    private static func schedule(_ plan: CertificationPlan, language: Language) -> [String] {
        var out: [String] = []
        if !plan.milestones.isEmpty {
            out.append("")
            out.append(language.pick("予定", "Schedule") + ":")
            for milestone in plan.milestones {
                let until = milestone.endDate.map { language.pick(" 〜 ", " to ") + $0.iso8601 } ?? ""
                out.append("  \(milestone.date.iso8601)\(until)  \(milestone.kind.label(in: language))")
            }
        }
        if let roadmap = plan.roadmap {
            out.append("")
            out.append(language.pick("ロードマップ（目標日 \(roadmap.target.iso8601)）", "Roadmap (target \(roadmap.target.iso8601))") + ":")
            for entry in roadmap.entries {
                out.append("  \(entry.step.number < 10 ? " " : "")\(entry.step.number) \(entry.start.iso8601)"
                           + language.pick(" 〜 ", " to ") + entry.end.iso8601
                           + "  \(entry.step.label(in: language))" + language.pick("（\(entry.owner)）", " (\(entry.owner))"))
            }
        }
        return out
    }

    /// Terminal columns: East Asian wide and full-width characters take two.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
                || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
            return total + (wide ? 2 : 1)
        }
    }
}
