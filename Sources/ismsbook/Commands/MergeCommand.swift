import ArgumentParser
import Foundation
import ISMSBookCore
import ISMSBookWriter

/// `ismsbook merge`: the consolidated workbook of several batch output folders (the shards of one
/// batch run on several machines).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Build the consolidated workbook from batch output folders (e.g. the shards of a batch).",
        discussion: """
            Reads each folder's report.json and its departments' normalised records (no register is \
            read again), and writes the workbook `batch` writes as consolidated.xlsx. Give the same \
            --profile, --lang, --org and --date as the batch runs for the same bytes.

            """ + ISMSBookCommand.exitStatusHelp)

    @Argument(help: ArgumentHelp("Batch output folders.", valueName: "out-dir"))
    var folders: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The consolidated workbook to write.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Scoring profile used by the batch runs (YAML).", valueName: "file"))
    var profile: String?

    @OptionGroup var workbook: WorkbookOptions

    func validate() throws {
        guard !folders.isEmpty else { throw ValidationError("give at least one batch output folder") }
    }

    func run() throws {
        let reporter = RunReporter()
        let profile: ScoringProfile
        do {
            profile = try self.profile.map { try ProfileLoader.load(path: $0) } ?? .standard
        } catch let error as InputError {
            reporter.printer.print(error)
            throw ExitStatus.usage
        }
        let date = try GenerationDate.resolve(option: workbook.date)
        let departments: [Consolidation.Department]
        do {
            departments = Consolidation.ordered(try Consolidation.departments(inFolders: folders))
        } catch let error as InputError {
            reporter.printer.print(error)
            throw ExitStatus.usage
        }
        let settings = AuditWorkbook.Settings(
            language: workbook.language, organisation: workbook.org, generatedOn: date.day, createdAt: date.instant,
            toolVersion: ISMSBookCommand.version, temporaryDirectory: URL(fileURLWithPath: output).deletingLastPathComponent().path)
        let report: BuildReport
        do {
            let atomic = try AtomicOutput(path: output)
            report = try Consolidator(profile: profile, settings: settings).write(
                to: atomic.temporaryPath, count: departments.count, extraColumns: Consolidation.extraColumns(of: departments.map(\.outcome)),
                usesWriterThread: true, ready: { departments[$0] })
            try atomic.commit()
        } catch let error as InputError {
            reporter.printer.print(error)
            throw ExitStatus.usage
        } catch {
            StandardError.write("\(output): error: \(error)\n")
            throw ExitStatus.outputFailed
        }
        StandardError.write("wrote \(output): \(departments.count) departments, \(RunReporter.summary(of: report))\n")
        try ExitStatus.check(BatchVerdict.of(merge: departments.map(\.outcome), report: report))
    }
}
