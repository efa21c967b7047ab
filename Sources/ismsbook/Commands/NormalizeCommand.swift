import ArgumentParser
import Foundation
import ISMSBookCore
import ISMSBookWriter

/// `ismsbook normalize`: one register's normalised records, for scripts.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Write one register's normalised records as JSON Lines or CSV.",
        discussion: """
            With --risks, the risks are written (scored against the --assets given beside them); \
            otherwise the assets. Keys are documented in the README; `extra` holds the department's \
            own columns, `invalid` the original text of cells that could not be read.

            CSV output is UTF-8 with a BOM and CRLF line ends, and is safe to open in Excel: text \
            that starts with =, +, -, @, tab or CR gets a leading ' (the OWASP rule against CSV \
            injection), so no cell turns into a formula.

            XLSX output (-o FILE required) holds the register's own columns under their JSON keys \
            and the extra columns, as text, numbers and dates; ismsbook reads it back to the same \
            records (values computed from others are computed again).


            """ + ISMSBookCommand.exitStatusHelp)

    @OptionGroup var registers: RegisterOptions

    /// What `normalize` writes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, csv, xlsx
    }

    @Option(help: "Output format: jsonl, csv or xlsx.")
    var format: Format = .jsonl

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp(
        "Date YYYY-MM-DD that treatments' due dates and acceptances are judged against (default: SOURCE_DATE_EPOCH, else today).",
        valueName: "date"))
    var date: String?

    func validate() throws {
        if format == .xlsx && output == nil { throw ValidationError("--format xlsx needs -o FILE.xlsx") }
        guard !registers.assets.isEmpty || !registers.risks.isEmpty else {
            throw ValidationError("give --assets FILE, or --risks FILE with --assets beside it")
        }
        if !registers.risks.isEmpty && registers.assets.isEmpty {
            throw ValidationError("risks are scored against the asset register: give --assets too")
        }
        if let output {
            for input in registers.assets + registers.risks where SamePathCheck.isSameFile(input, output) {
                throw ValidationError("the output \(output) is also an input")
            }
        }
    }

    func run() throws {
        let reporter = RunReporter()
        let options = try reporter.pipelineOptions(registers.reading, date: GenerationDate.resolve(option: date).day)
        let kind: RegisterKind = registers.risks.isEmpty ? .assets : .risks
        let atomic: AtomicOutput?
        let sink: any RegisterSink
        do {
            atomic = try output.map { try AtomicOutput(path: $0) }
            if format == .xlsx, let atomic {
                sink = try NormalizedWorkbook(path: atomic.temporaryPath, kind: kind, createdAt: Date(timeIntervalSince1970: 0))
            } else {
                let text = try atomic.map { try TextOutput(path: $0.temporaryPath) } ?? TextOutput()
                sink = NormalizedRecordSink(kind: kind, format: format == .csv ? .csv : .jsonl, output: text)
            }
        } catch let error as OutputError {
            StandardError.write("\(error)\n")
            throw ExitStatus.outputFailed
        } catch {
            StandardError.write("\(output ?? ""): error: \(error)\n")
            throw ExitStatus.outputFailed
        }
        let pipeline = RegisterPipeline(
            assetFiles: registers.assets, riskFiles: registers.risks, options: options,
            collector: reporter.collector(strict: registers.strict))
        let report = try reporter.run(pipeline, into: sink)
        try OutputError.reported { try atomic?.commit() }
        try ExitStatus.check(report)
    }
}
