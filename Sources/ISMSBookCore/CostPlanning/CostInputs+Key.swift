/// Where an input's value came from.
public enum InputSource: Sendable, Equatable, CustomStringConvertible {
    /// A command-line option, e.g. `--day-rate`.
    case option(String)
    /// A plan file and the line of the key.
    case planFile(String, line: Int?)

    /// `option --day-rate` or `plan.yaml:12`.
    public var description: String {
        switch self {
        case .option(let name): "option \(name)"
        case .planFile(let file, let line): file + (line.map { ":\($0)" } ?? "")
        }
    }
}

extension CostInputs {
    /// The name of an input: its key in a plan file and in the JSON `assumptions` (dotted for
    /// nested keys), and where its default comes from. (The CLI knows which option sets it.)
    public enum Key: String, Sendable, CaseIterable, Hashable {
        case scheme, startYear = "start_year", fiscalYearStartMonth = "fiscal_year_start_month", years, employees, sites
        case dayRate = "isms.day_rate", applicationFee = "isms.application_fee", registrationFee = "isms.registration_fee"
        case complexityPercent = "isms.complexity_percent", initialDays = "isms.initial_days"
        case feeInitial = "isms.fees.initial", feeSurveillance = "isms.fees.surveillance"
        case feeRecertification = "isms.fees.recertification"
        case pmarkFeeTable = "pmark.fee_table", pmarkSize = "pmark.size", industry = "pmark.industry", capital = "pmark.capital"
        case pmarkFees = "pmark.fees"
        case consultantUsed = "consultant.used", consultantInitial = "consultant.initial", consultantYearly = "consultant.yearly"
        case internalItems = "internal.items", hourlyRate = "internal.hourly_rate", trainingHours = "internal.training_hours"
        case internalAuditHours = "internal.internal_audit_hours", participants = "internal.participants"
        case escalationPercent = "escalation_percent", discountRatePercent = "discount_rate_percent", budget

        /// Where the default comes from, for inputs left at their default.
        public var defaultSource: String {
            switch self {
            case .scheme: "default"
            case .startYear: "default: the fiscal year of the plan date (or of the target date)"
            case .fiscalYearStartMonth: "default: April, the most common fiscal year in Japan"
            case .years: "default"
            case .employees, .budget, .capital: "given"
            case .sites: "default: one site"
            case .dayRate, .applicationFee, .registrationFee:
                "default, calibrated to the 30-person article figures (docs/cost-plan.md), not a body's price list"
            case .complexityPercent: "default: no complexity adjustment (ISO/IEC 27006:2015 B.3.4 allows −30 % to +100 %)"
            case .initialDays: AuditTimeTable.source
            case .feeInitial, .feeSurveillance, .feeRecertification: "estimated: auditor-days × day rate + fixed fees"
            case .pmarkFeeTable: PrivacyMarkFeeTable.tax10.source
            case .pmarkSize: PrivacyMarkSize.source
            case .industry: "default: 製造業・その他"
            case .pmarkFees: "the fee table"
            case .consultantUsed, .consultantInitial, .consultantYearly: "default: no consultant costs unless given"
            case .internalItems, .hourlyRate, .trainingHours, .internalAuditHours:
                "default: no internal costs unless given"
            case .participants: "default: every employee"
            case .escalationPercent: "default: no escalation"
            case .discountRatePercent: "default: no present value"
            }
        }
    }

    /// Where an input's value came from: its recorded source, else its default's.
    public func source(of key: Key) -> String {
        sources[key]?.description ?? key.defaultSource
    }
}
