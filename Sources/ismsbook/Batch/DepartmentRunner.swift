import Foundation
import ISMSBookCore
import ISMSBookWriter

/// Converts one department of a batch: its workbook `NAME.xlsx`, and the normalised copies
/// `NAME.assets.jsonl`, `NAME.risks.jsonl` and `NAME.diagnostics.jsonl` that `merge` reads.
///
/// Every file is written under a temporary name and renamed only when all of them are complete,
/// so an interrupted or failed department leaves nothing half-written.
struct DepartmentRunner {
    let department: Department
    let outputName: String
    let outputFolder: String
    let options: RegisterPipeline.Options
    let strict: Bool
    let settings: AuditWorkbook.Settings

    /// Runs the department; returns its outcome, with the seconds it took, and every diagnostic
    /// found, for printing.
    func run() -> (DepartmentOutcome, [Diagnostic]) {
        let started = Date()
        // Not a `defer` in `convert()`: that would set the time after the outcome was returned.
        var (outcome, diagnostics) = convert()
        outcome.seconds = Date().timeIntervalSince(started)
        return (outcome, diagnostics)
    }

    private func convert() -> (DepartmentOutcome, [Diagnostic]) {
        let (name, outputName) = (department.name, self.outputName)
        guard department.hasRegisters else { return (.noRegisters(name: name, outputName: outputName), []) }
        let collector = DiagnosticCollector(treatWarningsAsErrors: strict)
        do {
            let files = try Outputs(folder: outputFolder, name: outputName)
            var settings = self.settings
            settings.temporaryDirectory = outputFolder
            let workbook = try AuditWorkbook(path: files.workbook.temporaryPath, settings: settings)
            let assets = NormalizedRecordSink(
                kind: .assets, format: .jsonl, output: try TextOutput(path: files.assets.temporaryPath), fields: .batch)
            let risks = NormalizedRecordSink(
                kind: .risks, format: .jsonl, output: try TextOutput(path: files.risks.temporaryPath), fields: .batch)
            let pipeline = RegisterPipeline(
                assetFiles: department.assetFiles, riskFiles: department.riskFiles, options: options, collector: collector)
            let report: BuildReport
            do {
                report = try pipeline.run(into: TeeSink([workbook, assets, risks]))
            } catch let error as InputError {
                return (.unreadable(name: name, outputName: outputName, because: error), collector.diagnostics)
            }
            let diagnostics = try TextOutput(path: files.diagnostics.temporaryPath)
            for diagnostic in report.diagnostics {
                try diagnostics.write(DiagnosticLine.json(diagnostic, withJapanese: true) + "\n")
            }
            try diagnostics.close()
            try files.commitAll()
            return (.converted(name: name, outputName: outputName, report: report, outputs: files.names), report.diagnostics)
        } catch {
            return (.outputFailed(name: name, outputName: outputName, because: error), collector.diagnostics)
        }
    }
}

/// The four files of a department, each reserved under a temporary name.
private struct Outputs {
    let workbook: AtomicOutput
    let assets: AtomicOutput
    let risks: AtomicOutput
    let diagnostics: AtomicOutput

    init(folder: String, name: String) throws {
        func path(_ suffix: String) -> String { URL(fileURLWithPath: folder).appendingPathComponent(name + suffix).path }
        workbook = try AtomicOutput(path: path(".xlsx"))
        assets = try AtomicOutput(path: path(Consolidation.assetsSuffix))
        risks = try AtomicOutput(path: path(Consolidation.risksSuffix))
        diagnostics = try AtomicOutput(path: path(Consolidation.diagnosticsSuffix))
    }

    /// The files' names, relative to the output folder.
    var names: [String] {
        [workbook, assets, risks, diagnostics].map { URL(fileURLWithPath: $0.path).lastPathComponent }
    }

    func commitAll() throws {
        for output in [workbook, assets, risks, diagnostics] { try output.commit() }
    }
}
