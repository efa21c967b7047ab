import ArgumentParser
import ISMSBookCore

/// `--plan FILE` for the commands that write an auditor workbook: the certification plan whose
/// cost sheet (and roadmap) joins the workbook.
struct PlanOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Certification plan (YAML, see samples/plans/): adds the 費用計画/Cost plan sheet, and 計画/Roadmap with a target date.",
        valueName: "file"))
    var plan: String?

    /// The plan, or `nil` without `--plan`; prints its warnings, and exits 2 on a bad file.
    func load(date: GenerationDate, language: Language) throws -> CertificationPlan? {
        guard let path = plan else { return nil }
        let certification: CertificationPlan
        do {
            certification = try CertificationPlan.make(file: try PlanLoader.load(path: path), planDate: date.day, language: language)
        } catch let error as InputError {
            StandardError.write("\(error)\n")
            throw ExitStatus.usage
        } catch let error as CostInputError {
            StandardError.write("\(path): \(CostPlanCommand.describe(error))\n")
            throw ExitStatus.usage
        }
        for warning in certification.warnings { StandardError.write("\(path): warning: \(warning.english)\n") }
        return certification
    }
}
