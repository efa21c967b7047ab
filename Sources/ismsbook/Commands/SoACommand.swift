import ArgumentParser
import Foundation
import ISMSBookCore
import ISMSBookWriter

/// `ismsbook soa`: the Statement of Applicability on its own, from the SoA decisions and the
/// controls the risk register names.
struct SoACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "soa",
        abstract: "Write the Statement of Applicability (適用宣言書) on its own.",
        discussion: """
            One sheet, 適用宣言書/Statement of Applicability: the 93 controls of ISO/IEC 27001:2022 \
            Annex A by theme, whether each applies and why, the risks naming it, its implementation \
            status, evidence and owner. A control named by a risk's treatment applies, with the risks \
            as its reason; one excluded while a risk names it is an error; one neither decided nor \
            named is flagged. SoA rows and risks citing the 2013 edition (A.12.3.1) count for the \
            2022 controls that replaced them. Without --soa, the statement is a draft derived from \
            the risks alone. The registers are checked as by `build`, but not written.

            Example:
              ismsbook soa --assets assets.csv --risks risks.csv --soa soa.csv -o soa.xlsx


            """ + ISMSBookCommand.exitStatusHelp)

    @OptionGroup var registers: RegisterOptions
    @OptionGroup var workbook: WorkbookOptions

    @Option(help: ArgumentHelp(
        "SoA decisions (CSV, TSV or .xlsx: control, applicable, justification, implemented, evidence, owner).", valueName: "file"))
    var soa: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The workbook to write (.xlsx).", valueName: "file"))
    var output: String

    func validate() throws {
        guard !registers.risks.isEmpty || soa != nil else {
            throw ValidationError("give the risk register (--risks, with --assets) or a SoA file (--soa)")
        }
        if !registers.risks.isEmpty && registers.assets.isEmpty {
            throw ValidationError("risks are scored against the asset register: give --assets too")
        }
        for input in registers.assets + registers.risks + [soa].compactMap({ $0 }) where SamePathCheck.isSameFile(input, output) {
            throw ValidationError("the output \(output) is also an input")
        }
    }

    func run() throws {
        let reporter = RunReporter()
        let date = try GenerationDate.resolve(option: workbook.date)
        let options = try reporter.pipelineOptions(registers.reading, date: date.day)
        let output = try OutputError.reported { try AtomicOutput(path: self.output) }
        let collector = reporter.collector(strict: registers.strict)
        let settings = AuditWorkbook.Settings(
            language: workbook.language, organisation: workbook.org, generatedOn: date.day, createdAt: date.instant,
            toolVersion: ISMSBookCommand.version, temporaryDirectory: output.folder)
        let sink: SoAWorkbook
        do {
            sink = try SoAWorkbook(path: output.temporaryPath, settings: settings)
        } catch {
            StandardError.write("\(self.output): error: cannot create the workbook: \(error)\n")
            throw ExitStatus.outputFailed
        }
        var binder = BinderInputs(date: date.day, soaFile: soa)
        binder.writesSoA = true
        let pipeline = RegisterPipeline(
            assetFiles: registers.assets, riskFiles: registers.risks, options: options, collector: collector, binder: binder)
        let report = try reporter.run(pipeline, into: sink)
        try OutputError.reported { try output.commit() }
        let counts = report.binder?.soa?.counts() ?? StatementOfApplicability.Counts()
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        StandardError.write(
            "wrote \(self.output): \(counts.controls) controls: \(counts.applicable) applicable, \(counts.excluded) excluded, "
                + "\(counts.undecided) undecided, \(counts.implemented) implemented; "
                + "\(plural(report.errorCount, "error")), \(plural(report.warningCount, "warning"))\n")
        try ExitStatus.check(report)
    }
}
