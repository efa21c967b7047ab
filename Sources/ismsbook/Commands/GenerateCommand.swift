import ArgumentParser
import Foundation
import ISMSBookCore

/// `ismsbook generate`: synthetic registers for benchmarks and trials.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write synthetic asset and risk registers (deterministic, for benchmarks and trials).",
        discussion: """
            Writes DIR/assets.csv and DIR/risks.csv (UTF-8): Japanese text, quoted cells with commas \
            and line breaks, ratings as 1–3, 高/中/低 and full-width digits, dates in four notations, \
            treatments and Annex A control lists. The same --seed gives the same bytes.

            """ + ISMSBookCommand.exitStatusHelp)

    @Option(help: "Number of assets.")
    var assets: Int = 1000

    @Option(help: "Number of risks.")
    var risks: Int = 1000

    @Option(help: "Random seed.")
    var seed: UInt64 = 27001

    @Option(name: .shortAndLong, help: ArgumentHelp("Folder to write into (created if missing).", valueName: "dir"))
    var output: String

    func validate() throws {
        guard assets >= 0, risks >= 0 else { throw ValidationError("--assets and --risks must not be negative") }
        guard risks == 0 || assets > 0 else { throw ValidationError("risks need assets to point at: give --assets > 0") }
    }

    func run() throws {
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            var generator = SyntheticRegisters(seed: seed)
            try write("assets.csv", header: SyntheticRegisters.assetHeader, count: assets) { generator.assetRow($0) }
            try write("risks.csv", header: SyntheticRegisters.riskHeader, count: risks) {
                generator.riskRow($0, assetCount: assets)
            }
        } catch let error as OutputError {
            StandardError.write("\(error)\n")
            throw ExitStatus.outputFailed
        } catch {
            StandardError.write("\(output): error: \(error.localizedDescription)\n")
            throw ExitStatus.outputFailed
        }
    }

    private func write(_ name: String, header: [String], count: Int, row: (Int) -> [String]) throws {
        let path = URL(fileURLWithPath: output).appendingPathComponent(name).path
        let atomic = try AtomicOutput(path: path)
        let text = try TextOutput(path: atomic.temporaryPath)
        try text.write(SyntheticRegisters.csvLine(header))
        for index in 0..<count { try text.write(SyntheticRegisters.csvLine(row(index))) }
        try text.close()
        try atomic.commit()
    }
}
