import ArgumentParser
import Foundation
import ISMSBookCore
import ISMSBookWriter

/// `ismsbook cost-plan`: what ISMS certification, the Privacy Mark, or both cost over the years,
/// and the roadmap to the certificate.
struct CostPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost-plan",
        abstract: "Plan certification costs over the years (ISMS, Privacy Mark, or both) and the roadmap to the certificate.",
        discussion: """
            ISMS audit fees are estimated from the headcount: auditor-days from the audit-time chart of \
            ISO/IEC 27006 (JIS Q 27006 表B.1) × the day rate + fixed fees, unless given with --fee-*. \
            Privacy Mark fees come from JIPDEC's table by size class. Options override the plan file \
            (--plan FILE, YAML; see samples/plans/sample-plan.yaml). docs/cost-plan.md explains every \
            default and where each number comes from.

            Example:
              ismsbook cost-plan --employees 30 --years 4
              ismsbook cost-plan --plan plan.yaml --scheme both --format json -o plan.xlsx


            """ + ISMSBookCommand.exitStatusHelp)

    @Option(help: ArgumentHelp("Plan file (YAML): inputs, people, scope, budget, target date.", valueName: "file"))
    var plan: String?
    @Option(help: ArgumentHelp("isms, pmark or both (default isms).", valueName: "scheme"))
    var scheme: CertificationScheme?
    @Option(help: ArgumentHelp("Employees, i.e. persons in the scope of certification.", valueName: "n"))
    var employees: Int?
    @Option(help: ArgumentHelp("Sites in scope (default 1).", valueName: "n"))
    var sites: Int?
    @Option(help: ArgumentHelp("Horizon in years, 1–30 (default 6).", valueName: "n"))
    var years: Int?
    @Option(help: ArgumentHelp("Fiscal year of plan year 1 (default: that of the target date, else of --date).", valueName: "year"))
    var startYear: Int?
    @Option(help: ArgumentHelp("Month the fiscal year starts (default 4).", valueName: "month"))
    var fiscalYearStart: Int?
    @Option(help: ArgumentHelp("ISMS: yen per auditor-day (default 80000).", valueName: "yen"))
    var dayRate: Int?
    @Option(help: ArgumentHelp("ISMS: application fee with the initial audit (default 60000).", valueName: "yen"))
    var applicationFee: Int?
    @Option(help: ArgumentHelp("ISMS: registration fee with every audit (default 110000).", valueName: "yen"))
    var registrationFee: Int?
    @Option(help: ArgumentHelp("ISMS: complexity adjustment of the audit time, −30 to 100 (default 0).", valueName: "percent"))
    var complexity: DecimalArgument?
    @Option(help: ArgumentHelp("ISMS: the body's initial audit time, replacing the chart.", valueName: "days"))
    var initialDays: DecimalArgument?
    @Option(help: ArgumentHelp("ISMS: the whole initial audit fee.", valueName: "yen"))
    var feeInitial: Int?
    @Option(help: ArgumentHelp("ISMS: the whole fee of each surveillance audit.", valueName: "yen"))
    var feeSurveillance: Int?
    @Option(help: ArgumentHelp("ISMS: the whole recertification fee.", valueName: "yen"))
    var feeRecertification: Int?
    @Option(help: ArgumentHelp("Privacy Mark industry: other, wholesale, retail, service (default other).", valueName: "name"))
    var industry: PrivacyMarkIndustry?
    @Option(help: ArgumentHelp("Privacy Mark: registered capital, for the size class.", valueName: "yen"))
    var capital: Int?
    @Option(help: ArgumentHelp("Privacy Mark size class: small, medium, large (default: from employees).", valueName: "size"))
    var pmarkSize: PrivacyMarkSize?
    @Option(help: ArgumentHelp("Privacy Mark fee table: 2019-10 (10% tax, default) or 2014-04 (8%).", valueName: "version"))
    var pmarkFeeTable: PrivacyMarkFeeTable?
    @Option(help: ArgumentHelp("Consultant's one-off fee in year 1.", valueName: "yen"))
    var consultantInitial: Int?
    @Option(help: ArgumentHelp("Consultant's yearly fee from year 2.", valueName: "yen"))
    var consultantYearly: Int?
    @Option(help: ArgumentHelp("Staff cost per hour, for training and internal audits.", valueName: "yen"))
    var hourlyRate: Int?
    @Option(help: ArgumentHelp("Training hours per employee a year.", valueName: "hours"))
    var trainingHours: DecimalArgument?
    @Option(help: ArgumentHelp("Internal audit hours per employee a year.", valueName: "hours"))
    var internalAuditHours: DecimalArgument?
    @Option(help: ArgumentHelp("Yearly price escalation (default 0).", valueName: "percent"))
    var escalation: DecimalArgument?
    @Option(help: ArgumentHelp("Discount rate for the present value (none by default).", valueName: "percent"))
    var discountRate: DecimalArgument?
    @Option(help: ArgumentHelp("Budget for year 1: a warning when the plan costs more.", valueName: "yen"))
    var budget: Int?
    @Option(help: ArgumentHelp("Target certificate date YYYY-MM-DD: adds the roadmap and the schedule.", valueName: "date"))
    var targetDate: String?
    @OptionGroup var workbook: WorkbookOptions
    /// What is printed on standard output.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @Option(help: ArgumentHelp("Standard output: table, csv or json.", valueName: "format"))
    var format: Format = .table
    @Option(name: .shortAndLong, help: ArgumentHelp("Also write the plan's workbook (.xlsx).", valueName: "file"))
    var output: String?

    func validate() throws {
        _ = try target()
        if let output, let plan, SamePathCheck.isSameFile(plan, output) {
            throw ValidationError("the output \(output) is also the plan file")
        }
    }

    func run() throws {
        let date = try GenerationDate.resolve(option: workbook.date)
        let language = workbook.language
        let certification: CertificationPlan
        do {
            let file = try plan.map(PlanLoader.load(path:))
            certification = try CertificationPlan.make(
                file: file, planDate: date.day, targetDate: try target(), language: language, adjust: { apply(to: &$0) })
        } catch let error as InputError {
            StandardError.write("\(error)\n")
            throw ExitStatus.usage
        } catch let error as CostInputError {
            StandardError.write("\(Self.describe(error))\n")
            throw ExitStatus.usage
        }
        for warning in certification.warnings {
            StandardError.write((plan.map { "\($0): " } ?? "") + "warning: \(warning.english)\n")
        }
        let text: String
        switch format {
        case .json: text = CostPlanJSON.render(certification, language: language) + "\n"
        case .csv: text = CostPlanCSV.render(certification.costs)
        case .table: text = CostPlanText.render(certification, language: language)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
        if let output { try writeWorkbook(certification, to: output, date: date) }
    }

    private func writeWorkbook(_ plan: CertificationPlan, to path: String, date: GenerationDate) throws {
        do {
            let atomic = try AtomicOutput(path: path)
            let settings = CostPlanWorkbook.Settings(
                language: workbook.language, organisation: workbook.org.isEmpty ? plan.file?.organisation ?? "" : workbook.org,
                createdAt: date.instant, toolVersion: ISMSBookCommand.version, temporaryDirectory: atomic.folder)
            try CostPlanWorkbook.write(plan, to: atomic.temporaryPath, settings: settings)
            try atomic.commit()
            StandardError.write("wrote \(path)\n")
        } catch let error as OutputError {
            StandardError.write("\(error)\n")
            throw ExitStatus.outputFailed
        } catch {
            StandardError.write("\(path): error: cannot write the workbook: \(error)\n")
            throw ExitStatus.outputFailed
        }
    }

    private func target() throws -> CalendarDate? {
        guard let targetDate else { return nil }
        guard let day = DateParser.parse(targetDate).date else {
            throw ValidationError("--target-date must be a date such as 2027-03-31, not '\(targetDate)'")
        }
        return day
    }

    /// The options given, applied over the plan file, each recorded as the value's source.
    private func apply(to inputs: inout CostInputs) {
        func set<Value>(_ value: Value?, _ key: CostInputs.Key, _ change: (inout CostInputs, Value) -> Void) {
            guard let value else { return }
            change(&inputs, value)
            inputs.sources[key] = .option(Self.optionName(for: key) ?? key.rawValue)
        }
        set(scheme, .scheme) { $0.scheme = $1 }
        set(employees, .employees) { $0.employees = $1 }
        set(sites, .sites) { $0.sites = $1 }
        set(years, .years) { $0.years = $1 }
        set(startYear, .startYear) { $0.startYear = $1 }
        set(fiscalYearStart, .fiscalYearStartMonth) { $0.fiscalYearStartMonth = $1 }
        set(dayRate, .dayRate) { $0.isms.dayRate = $1 }
        set(applicationFee, .applicationFee) { $0.isms.applicationFee = $1 }
        set(registrationFee, .registrationFee) { $0.isms.registrationFee = $1 }
        set(complexity?.value, .complexityPercent) { $0.isms.complexityPercent = $1 }
        set(initialDays?.value, .initialDays) { $0.isms.initialDays = $1 }
        set(feeInitial, .feeInitial) { $0.isms.initialFee = $1 }
        set(feeSurveillance, .feeSurveillance) { $0.isms.surveillanceFee = $1 }
        set(feeRecertification, .feeRecertification) { $0.isms.recertificationFee = $1 }
        set(industry, .industry) { $0.pmark.industry = $1 }
        set(capital, .capital) { $0.pmark.capital = $1 }
        set(pmarkSize, .pmarkSize) { $0.pmark.size = $1 }
        set(pmarkFeeTable, .pmarkFeeTable) { $0.pmark.table = $1 }
        set(consultantInitial, .consultantInitial) { $0.consultant.initial = $1 }
        set(consultantYearly, .consultantYearly) { $0.consultant.yearly = $1 }
        set(hourlyRate, .hourlyRate) { $0.internalCosts.hourlyRate = $1 }
        set(trainingHours?.value, .trainingHours) { $0.internalCosts.trainingHours = $1 }
        set(internalAuditHours?.value, .internalAuditHours) {
            $0.internalCosts.internalAuditHours = $1
        }
        set(escalation?.value, .escalationPercent) { $0.escalationPercent = $1 }
        set(discountRate?.value, .discountRatePercent) { $0.discountRatePercent = $1 }
        set(budget, .budget) { $0.budget = $1 }
    }
}
