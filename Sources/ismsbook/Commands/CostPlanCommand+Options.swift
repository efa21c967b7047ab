import ISMSBookCore

// Which option sets which input of a cost plan: the command line's names, kept out of the core.
extension CostPlanCommand {
    /// The option that sets an input, if one does.
    static func optionName(for key: CostInputs.Key) -> String? {
        switch key {
        case .scheme: "--scheme"
        case .startYear: "--start-year"
        case .fiscalYearStartMonth: "--fiscal-year-start"
        case .years: "--years"
        case .employees: "--employees"
        case .sites: "--sites"
        case .dayRate: "--day-rate"
        case .applicationFee: "--application-fee"
        case .registrationFee: "--registration-fee"
        case .complexityPercent: "--complexity"
        case .initialDays: "--initial-days"
        case .feeInitial: "--fee-initial"
        case .feeSurveillance: "--fee-surveillance"
        case .feeRecertification: "--fee-recertification"
        case .pmarkFeeTable: "--pmark-fee-table"
        case .pmarkSize: "--pmark-size"
        case .industry: "--industry"
        case .capital: "--capital"
        case .consultantInitial: "--consultant-initial"
        case .consultantYearly: "--consultant-yearly"
        case .hourlyRate: "--hourly-rate"
        case .trainingHours: "--training-hours"
        case .internalAuditHours: "--internal-audit-hours"
        case .escalationPercent: "--escalation"
        case .discountRatePercent: "--discount-rate"
        case .budget: "--budget"
        case .pmarkFees, .consultantUsed, .internalItems, .participants: nil
        }
    }

    /// A cost input error as the command line tells it: against the option that set the value,
    /// or, for a value that is missing, with the option and the plan-file key that can give it.
    static func describe(_ error: CostInputError) -> String {
        guard error.source == nil, let option = optionName(for: error.key) else { return error.description }
        return "error: \(option): \(error.message) (\(option), or \(error.key.rawValue): in a plan file)"
    }
}
