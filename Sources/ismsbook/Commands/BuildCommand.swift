import ArgumentParser
import Foundation
import ISMSBookCore
import ISMSBookWriter

/// `ismsbook build`: the registers in, the auditor's workbook out.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the auditor's workbook from asset and risk registers.",
        discussion: """
            Sheets: 概要/Summary, 情報資産管理台帳/Asset register, リスクアセスメント/Risk register, \
            リスクマップ/Risk map, リスク対応計画/Treatment plan, 検証結果/Validation. Rows with problems \
            are written with their original text and marked; none is dropped. Text is always written \
            as text, never as a formula. The file is written under a temporary name and renamed.

            The auditor's binder adds, before 検証結果/Validation: 適用宣言書/Statement of \
            Applicability (--soa), 委託先管理台帳/Suppliers (--suppliers), 法令一覧/Legal register \
            (--laws) and 内部監査チェックリスト/Audit checklist (--audit-checklist, --auditors).

            Example:
              ismsbook build --assets 経理部_資産.csv 人事部_資産.csv --risks 経理部_リスク.csv \\
                --org "株式会社サンプル" -o isms.xlsx
              ismsbook build --assets 資産.csv --risks リスク.csv --soa soa.csv \\
                --suppliers suppliers.csv --laws samples/binder/法令一覧.csv \\
                --audit-checklist --auditors auditors.csv -o isms.xlsx


            """ + ISMSBookCommand.exitStatusHelp)

    @OptionGroup var registers: RegisterOptions
    @OptionGroup var workbook: WorkbookOptions
    @OptionGroup var plan: PlanOption
    @OptionGroup var binder: BinderOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The workbook to write (.xlsx).", valueName: "file"))
    var output: String

    @Flag(help: .hidden)
    var timings = false

    func validate() throws {
        guard !registers.assets.isEmpty || !registers.risks.isEmpty else {
            throw ValidationError("give at least one --assets or --risks file")
        }
        if !registers.risks.isEmpty && registers.assets.isEmpty {
            throw ValidationError("risks are scored against the asset register: give --assets too")
        }
        for input in registers.assets + registers.risks + binder.files where SamePathCheck.isSameFile(input, output) {
            throw ValidationError("the output \(output) is also an input")
        }
    }

    func run() throws {
        var reporter = RunReporter()
        reporter.outputPath = output
        let date = try GenerationDate.resolve(option: workbook.date)
        var options = try reporter.pipelineOptions(registers.reading, date: date.day)
        let progress = ProgressLine()
        defer { progress.finish() }
        let started = Date()
        options.progress = { kind, rows in
            let register = kind == .assets ? "assets" : "risks"
            progress.update("build: reading \(register), \(rows.formatted()) rows, \(ProgressLine.rate(rows, since: started))")
        }
        let certification = try plan.load(date: date, language: workbook.language)
        let output = try OutputError.reported { try AtomicOutput(path: self.output) }
        let collector = reporter.collector(strict: registers.strict, progress: progress)
        var settings = AuditWorkbook.Settings(
            language: workbook.language, organisation: workbook.org, generatedOn: date.day, createdAt: date.instant,
            toolVersion: ISMSBookCommand.version, temporaryDirectory: output.folder)
        settings.plan = certification
        let sink: AuditWorkbook
        do {
            sink = try AuditWorkbook(path: output.temporaryPath, settings: settings)
        } catch {
            StandardError.write("\(self.output): error: cannot create the workbook: \(error)\n")
            throw ExitStatus.outputFailed
        }
        let pipeline = RegisterPipeline(
            assetFiles: registers.assets, riskFiles: registers.risks, options: options, collector: collector,
            binder: binder.inputs(date: date.day))
        // Reading and normalising run on this thread, libxlsxwriter on another.
        let background = BackgroundSink(wrapping: sink)
        let report = try reporter.run(pipeline, into: background)
        try OutputError.reported { try output.commit() }
        progress.finish()
        StandardError.write("wrote \(self.output): \(RunReporter.summary(of: report))\n")
        if timings {
            let total = Date().timeIntervalSince(started)
            StandardError.write(String(format: "timings: total %.2f s, packaging %.2f s\n", total, report.packagingSeconds))
        }
        try ExitStatus.check(report)
    }
}
