import ArgumentParser
import ISMSBookCore

/// `ismsbook validate`: the same checks as `build`, no workbook.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check registers without writing a workbook.",
        discussion: """
            Text format: diagnostics on stderr as FILE:ROW:COLUMN: error|warning: message, and a \
            summary line. The binder's files (--soa, --suppliers, --laws, --auditors) are checked as \
            by `build`. JSON format: one JSON document on stdout with the inputs, the counts and \
            every diagnostic (severity, file, row, column, header, field, code, message, value).


            """ + ISMSBookCommand.exitStatusHelp)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var registers: RegisterOptions
    @OptionGroup var binder: BinderOptions

    @Option(help: ArgumentHelp(
        "Date YYYY-MM-DD that treatments' due dates, acceptances, supplier checks and law reviews are judged against (default: SOURCE_DATE_EPOCH, else today).",
        valueName: "date"))
    var date: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func validate() throws {
        guard !registers.assets.isEmpty || !registers.risks.isEmpty else {
            throw ValidationError("give at least one --assets or --risks file")
        }
        if !registers.risks.isEmpty && registers.assets.isEmpty {
            throw ValidationError("risks are checked against the asset register: give --assets too")
        }
    }

    func run() throws {
        var reporter = RunReporter()
        reporter.printsDiagnostics = format == .text
        let day = try GenerationDate.resolve(option: date).day
        let options = try reporter.pipelineOptions(registers.reading, date: day)
        let collector = reporter.collector(strict: registers.strict)
        let pipeline = RegisterPipeline(
            assetFiles: registers.assets, riskFiles: registers.risks, options: options, collector: collector,
            binder: binder.inputs(date: day))
        let report = try reporter.run(pipeline, into: DiscardingSink())
        switch format {
        case .text: StandardError.write("checked: \(RunReporter.summary(of: report))\n")
        case .json: print(ValidationJSON.document(for: report))
        }
        try ExitStatus.check(report)
    }
}
