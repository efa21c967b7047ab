import ArgumentParser
import Foundation

/// `ismsbook`: turns an ISMS project's department registers into auditor-ready Excel workbooks.
@main
struct ISMSBookCommand: ParsableCommand {
    static let version = "0.1.0"

    /// The exit statuses, as every command's help states them.
    static let exitStatusHelp = """
        Exit status: 0 written with no errors; 1 input errors found (outputs are still written, \
        errors marked); 2 usage error or unreadable input; 3 output could not be written.
        """

    static let configuration = CommandConfiguration(
        commandName: "ismsbook",
        abstract: "Turn ISMS asset and risk registers (CSV/TSV, any encoding) into an auditor-ready Excel workbook.",
        discussion: exitStatusHelp,
        version: version,
        subcommands: [
            BuildCommand.self, SoACommand.self, ValidateCommand.self, NormalizeCommand.self, TemplateCommand.self, BatchCommand.self,
            MergeCommand.self, GenerateCommand.self, CostPlanCommand.self,
        ],
        defaultSubcommand: nil
    )

    /// Runs the command, mapping every outcome to the documented exit statuses.
    ///
    /// ArgumentParser exits with 64 on a usage error; scripts rely on 2, so usage errors are
    /// printed here and mapped.
    static func main() {
        TemporaryFiles.installSignalHandlers()
        let code: Int32
        do {
            var command = try parseAsRoot()
            try command.run()
            code = 0
        } catch let exit as ExitCode {
            code = exit.rawValue
        } catch {
            let status = exitCode(for: error)
            if status == .success {
                print(fullMessage(for: error))
                code = 0
            } else {
                StandardError.write(fullMessage(for: error) + "\n")
                code = status == .validationFailure ? ExitStatus.usage.rawValue : status.rawValue
            }
        }
        Foundation.exit(code)
    }
}
