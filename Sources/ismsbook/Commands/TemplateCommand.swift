import ArgumentParser
import Foundation
import ISMSBookCore
import ISMSBookWriter

/// `ismsbook template`: the fill-in workbook to hand departments.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write a fill-in workbook for departments: asset and risk sheets with drop-downs and instructions.",
        discussion: """
            The headers are ones ismsbook reads, every column has an input message and, where values \
            are fixed, a drop-down or a range (following --profile: a 1–5 likelihood scale gives \
            1–5), header cells carry comments, and an instructions sheet explains each column with \
            example rows. A filled template is read like a CSV: \
            ismsbook build --assets dept.xlsx --risks dept.xlsx -o isms.xlsx

            """ + ISMSBookCommand.exitStatusHelp)

    @Option(name: .customLong("lang"), help: ArgumentHelp("Sheet titles and headers: ja or en.", valueName: "ja|en"))
    var language: Language = .japanese

    @Option(help: ArgumentHelp("Scoring profile (YAML); its scales set the rating columns.", valueName: "file"))
    var profile: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The template to write (.xlsx).", valueName: "file"))
    var output: String

    func run() throws {
        let profile: ScoringProfile
        do {
            profile = try self.profile.map { try ProfileLoader.load(path: $0) } ?? .standard
        } catch let error as InputError {
            StandardError.write("\(error)\n")
            throw ExitStatus.usage
        }
        do {
            let atomic = try AtomicOutput(path: output)
            try TemplateWorkbook.write(
                to: atomic.temporaryPath, language: language, profile: profile,
                createdAt: Date(timeIntervalSince1970: 0))
            try atomic.commit()
        } catch {
            StandardError.write("\(output): error: \(error)\n")
            throw ExitStatus.outputFailed
        }
        StandardError.write("wrote \(output)\n")
    }
}
