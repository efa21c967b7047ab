import ArgumentParser
import ISMSBookCore

/// The registers a command reads, and how.
struct RegisterOptions: ParsableArguments {
    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp("Asset register files (情報資産管理台帳): CSV, TSV or .xlsx (FILE.xlsx#SHEET for one sheet).", valueName: "file"))
    var assets: [String] = []

    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp("Risk register files (リスクアセスメント): CSV, TSV or .xlsx (FILE.xlsx#SHEET for one sheet).", valueName: "file"))
    var risks: [String] = []

    @OptionGroup var reading: ReadingOptions

    var strict: Bool { reading.strict }

    /// The reading and scoring options, with the profile loaded.
    func pipelineOptions() throws -> RegisterPipeline.Options { try reading.pipelineOptions() }
}

/// How registers are read and scored, for every command that reads them.
struct ReadingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Input encoding: \(TextEncoding.acceptedNames). Detected per file by default.", valueName: "name"))
    var encoding: EncodingChoice = .auto

    @Option(help: ArgumentHelp("Field delimiter: ',', ';', 'tab'. Sniffed per file by default.", valueName: "char"))
    var delimiter: DelimiterChoice?

    @Option(help: ArgumentHelp(
        "Sheet of .xlsx inputs whose path names none (FILE.xlsx#SHEET names one). Default: the sheet named like the register (資産…/asset…, リスク…/risk…), else the first.",
        valueName: "name"))
    var sheet: String?

    @Option(help: ArgumentHelp(
        "Scoring profile (YAML): method, acceptance threshold, bands. Default: detailed analysis, threshold 8.",
        valueName: "file"))
    var profile: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    /// The reading and scoring options, with the profile loaded.
    ///
    /// - Throws: ``InputError`` when the profile cannot be read.
    func pipelineOptions() throws -> RegisterPipeline.Options {
        let profile = try self.profile.map { try ProfileLoader.load(path: $0) } ?? .standard
        var options = RegisterPipeline.Options(encoding: encoding.encoding, delimiter: delimiter?.byte, profile: profile)
        options.sheet = sheet
        return options
    }
}

/// How a workbook is titled.
struct WorkbookOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp("Sheet titles and headers: ja or en.", valueName: "ja|en"))
    var language: Language = .japanese

    @Option(help: ArgumentHelp("Organisation name for the summary, page headers and document properties.", valueName: "name"))
    var org: String = ""

    @Option(help: ArgumentHelp(
        "Generation date YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today). Same inputs and date give the same bytes.",
        valueName: "date"))
    var date: String?
}
