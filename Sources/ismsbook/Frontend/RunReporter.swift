import ArgumentParser
import ISMSBookCore

/// Runs a pipeline for a command: prints diagnostics as they are found, maps failures to exit
/// statuses, and prints the one-line summary.
struct RunReporter {
    let printer = DiagnosticPrinter()
    var printsDiagnostics = true
    /// The output being written, named in messages about failures to write it.
    var outputPath: String?

    /// A collector that prints each diagnostic as it is recorded (above the progress line, if any).
    func collector(strict: Bool, progress: ProgressLine? = nil) -> DiagnosticCollector {
        let printer = printer
        let prints = printsDiagnostics
        return DiagnosticCollector(treatWarningsAsErrors: strict) { diagnostic in
            guard prints else { return }
            if let progress { progress.print(printer.line(diagnostic) + "\n") } else { printer.print(diagnostic) }
        }
    }

    /// Loads the options, failing with status 2 on a bad profile; due dates and acceptances are
    /// judged against `date`.
    func pipelineOptions(_ options: ReadingOptions, date: CalendarDate) throws -> RegisterPipeline.Options {
        do {
            var loaded = try options.pipelineOptions()
            loaded.date = date
            return loaded
        } catch let error as InputError {
            printer.print(error)
            throw ExitStatus.usage
        }
    }

    /// Runs `pipeline` into `sink`; a failure is printed and thrown as its exit status.
    func run(_ pipeline: RegisterPipeline, into sink: any RegisterSink) throws -> BuildReport {
        do {
            return try pipeline.run(into: sink)
        } catch {
            // A run that stops early must not leave a writer thread behind.
            (sink as? BackgroundSink)?.abandon()
            print(error)
            throw ExitStatus.of(error)
        }
    }

    /// Prints why a run stopped.
    private func print(_ error: any Error) {
        switch error {
        case let error as InputError: printer.print(error)
        case let error as OutputError: StandardError.write("\(error)\n")
        case is ExitCode: break
        default: StandardError.write("\(outputPath.map { "\($0): " } ?? "")error: \(error)\n")
        }
    }

    /// `12 assets, 9 risks (3 above threshold); 2 errors, 1 warning`.
    static func summary(of report: BuildReport) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(report.assetCount, "asset")), \(plural(report.riskCount, "risk")) "
            + "(\(report.risksAboveThreshold) above threshold); "
            + "\(plural(report.errorCount, "error")), \(plural(report.warningCount, "warning"))"
    }
}
