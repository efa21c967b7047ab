import ArgumentParser
import Foundation
import ISMSBookCore
import ISMSBookWriter
import Synchronization

/// `ismsbook batch`: every department of a folder, in parallel, with a consolidated workbook and a
/// machine-readable report.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert every department of a folder, in parallel, into workbooks and a consolidated one.",
        discussion: """
            Each sub-folder of INPUT_DIR is a department (named after the folder) holding its asset \
            register (a file named assets… or 資産…) and risk register (risks… or リスク…); files \
            directly in INPUT_DIR named DEPT_assets.csv and DEPT_risks.csv work too. For each \
            department, OUT_DIR gets DEPT.xlsx and its normalised records (DEPT.assets.jsonl, \
            DEPT.risks.jsonl, DEPT.diagnostics.jsonl); then consolidated.xlsx (every department, \
            with a department column) and report.json. One department's bad file never stops the \
            others. With --shard K/N only the departments of shard K are converted and no \
            consolidated workbook is written: run `ismsbook merge` over the shards' folders.

            Exit status: 0 all departments fine; 1 some departments had input errors, unreadable \
            files or no registers; 2 usage error or unreadable INPUT_DIR; 3 some output could not be \
            written.
            """)

    @Argument(help: ArgumentHelp("The folder of departments.", valueName: "input-dir"))
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created if missing).", valueName: "out-dir"))
    var output: String

    @Option(help: "Departments converted at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: ArgumentHelp("Only shard K of N (stable hash of the department's name).", valueName: "K/N"))
    var shard: Shard?

    @Option(help: ArgumentHelp("Also write the report here (it is always written as OUT_DIR/report.json).", valueName: "file"))
    var report: String?

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var workbook: WorkbookOptions
    @OptionGroup var plan: PlanOption

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let reporter = RunReporter()
        let date = try GenerationDate.resolve(option: workbook.date)
        let options = try reporter.pipelineOptions(reading, date: date.day)
        let certification = try plan.load(date: date, language: workbook.language)
        let started = Date()
        let found = try discover()
        let departments = found.departments.filter { shard?.contains($0.name) ?? true }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            StandardError.write("\(output): error: cannot create the output folder: \(error.localizedDescription)\n")
            throw ExitStatus.outputFailed
        }
        for path in found.ignored { StandardError.write("\(path): warning: not a register (see `ismsbook help batch`)\n") }

        let settings = AuditWorkbook.Settings(
            language: workbook.language, organisation: workbook.org, generatedOn: date.day, createdAt: date.instant,
            toolVersion: ISMSBookCommand.version)
        // The plan is the company's, not a department's: it goes in the consolidated workbook only.
        var consolidatedSettings = settings
        consolidatedSettings.plan = certification
        let names = Array(SafeName.unique(["consolidated", "report"] + departments.map { SafeName.fileName($0.name) }).dropFirst(2))
        let workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let progress = ProgressLine()
        let done = DoneCounter()
        let gate = DepartmentGate(count: departments.count)
        // With two workers or more, the consolidated workbook is written while departments are still
        // being converted, each as soon as it and those before it are done; with one, afterwards.
        let consolidation = shard == nil && !departments.isEmpty
            ? ConsolidationRun(
                departments: departments, options: options, settings: consolidatedSettings, output: output, gate: gate,
                concurrent: workers > 1)
            : nil
        let outcomes = WorkerPool.run(count: departments.count, workers: workers) { index in
            let runner = DepartmentRunner(
                department: departments[index], outputName: names[index], outputFolder: output, options: options,
                strict: reading.strict, settings: settings)
            let (outcome, diagnostics) = runner.run()
            gate.complete(index, with: outcome)
            Self.log(outcome, diagnostics: diagnostics, progress: progress)
            let (finished, rows) = done.add(outcome.assetCount + outcome.riskCount)
            progress.update("batch: \(finished)/\(departments.count) departments, \(ProgressLine.rate(rows, since: started))")
            return outcome
        }
        if consolidation != nil { progress.update("batch: writing consolidated.xlsx", force: true) }
        let consolidated = consolidation?.finish()
        progress.finish()
        let document = BatchReport(
            tool: "ismsbook \(ISMSBookCommand.version)", input: input, shard: shard, profile: options.profile.name,
            departments: outcomes, ignored: found.ignored, consolidated: consolidated, seconds: Date().timeIntervalSince(started)
        ).json()
        var reportFailed = false
        for path in [URL(fileURLWithPath: output).appendingPathComponent(Consolidation.reportName).path] + (report.map { [$0] } ?? []) {
            reportFailed = !writeAtomically(document, to: path) || reportFailed
        }
        StandardError.write(
            "batch: \(outcomes.count) department\(outcomes.count == 1 ? "" : "s") (\(outcomes.filter { $0.status == .ok }.count) ok) in \(output)\n")
        try ExitStatus.check(
            BatchVerdict.of(batch: outcomes, consolidationFailed: consolidation != nil && consolidated == nil, reportFailed: reportFailed))
    }

    /// The departments of INPUT_DIR, leaving out OUT_DIR if it is inside it.
    private func discover() throws -> BatchDiscovery.Result {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
            StandardError.write("\(input): error: no such folder\n")
            throw ExitStatus.usage
        }
        func listing(_ path: String) throws -> [BatchDiscovery.Entry] {
            try manager.contentsOfDirectory(atPath: path).compactMap { name in
                var isFolder: ObjCBool = false
                let full = URL(fileURLWithPath: path).appendingPathComponent(name).path
                guard manager.fileExists(atPath: full, isDirectory: &isFolder) else { return nil }
                if isFolder.boolValue && SamePathCheck.isSameFile(full, output) { return nil }
                return BatchDiscovery.Entry(name: name, isFolder: isFolder.boolValue)
            }
        }
        do {
            return try BatchDiscovery.discover(root: input, entries: try listing(input), listing: listing)
        } catch {
            StandardError.write("\(input): error: cannot list the folder: \(error.localizedDescription)\n")
            throw ExitStatus.usage
        }
    }

    /// Prints a department's diagnostics as one block, then its log line (a terminal shows the
    /// progress line instead).
    private static func log(_ outcome: DepartmentOutcome, diagnostics: [Diagnostic], progress: ProgressLine) {
        let printer = DiagnosticPrinter()
        var text = diagnostics.map { printer.line($0) + "\n" }.joined()
        if let message = outcome.message, outcome.status != .ok { text += "\(outcome.name): error: \(message)\n" }
        if !StandardError.isTerminal {
            text += "batch: \(outcome.name): \(outcome.status.rawValue), \(outcome.assetCount) assets, \(outcome.riskCount) risks, "
                + "\(outcome.errorCount) errors, \(outcome.warningCount) warnings, \(String(format: "%.1f", outcome.seconds)) s\n"
        }
        progress.print(text)
    }

    private func writeAtomically(_ text: String, to path: String) -> Bool {
        do {
            let atomic = try AtomicOutput(path: path)
            let file = try TextOutput(path: atomic.temporaryPath)
            try file.write(text)
            try file.close()
            try atomic.commit()
            return true
        } catch {
            StandardError.write("\(path): error: \(error)\n")
            return false
        }
    }
}

/// Departments finished and rows converted so far, for the progress line.
private final class DoneCounter: Sendable {
    private let counts = Mutex((departments: 0, rows: 0))

    func add(_ count: Int) -> (departments: Int, rows: Int) {
        counts.withLock { counts in
            counts.departments += 1
            counts.rows += count
            return counts
        }
    }
}
