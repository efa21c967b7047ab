import Foundation
import Testing
import ISMSBookTestSupport

/// The workbooks built from `samples/` compared, part by part and element by element, with the
/// unzipped parts committed under `Golden/`: a moved column, a changed style or a libxlsxwriter
/// upgrade shows up here as the part and the path of the first element that differs.
///
/// `UPDATE_GOLDEN=1 swift test --filter GoldenWorkbookTests` (or `make golden`) writes the parts
/// anew; do that only for a change meant to alter the workbooks, and read the diff before
/// committing it.
struct GoldenWorkbookTests {
    /// A workbook and the command that builds it, run from the repository root (or from the case's
    /// own folder of inputs, for generated inputs, so that the paths the workbook shows are short).
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// The command; `OUT` stands for the output file or folder.
        var arguments: [String]
        /// The workbook inside the output folder, for commands that write a folder.
        var workbookInFolder: String?
        /// Inputs written by the test into a folder of its own, where the command then runs.
        var generatedInputs: [String: String] = [:]
        /// Whether the document properties hold the time of the run: `template` takes no `--date`,
        /// and libxlsxwriter stamps a workbook created at time 0 with the current time.
        var isStampedNow = false

        var testDescription: String { name }
    }

    static let date = ["--date", "2026-11-27"]
    static let binder = [
        "--soa", "samples/binder/適用宣言書.csv", "--suppliers", "samples/binder/委託先管理台帳.csv", "--laws",
        "samples/binder/法令一覧.csv", "--audit-checklist", "--auditors", "samples/binder/内部監査員.csv",
    ]

    static let cases: [Case] = [
        // What `make demo` builds: the registers with the auditor's binder.
        Case(name: "demo", arguments: Samples.buildArguments(output: "OUT", extra: binder + date)),
        Case(name: "template", arguments: ["template", "-o", "OUT"], isStampedNow: true),
        Case(
            name: "soa",
            arguments: ["soa", "--assets"] + Samples.assets + ["--risks"] + Samples.risks
                + ["--soa", "samples/binder/適用宣言書.csv", "-o", "OUT"] + date),
        Case(name: "cost-plan", arguments: ["cost-plan", "--plan", "samples/plans/sample-plan.yaml", "-o", "OUT"] + date),
        Case(
            name: "batch-consolidated", arguments: ["batch", Samples.departments, "-o", "OUT", "--jobs", "2", "--org", "株式会社サンプル"] + date,
            workbookInFolder: "consolidated.xlsx"),
        // Diagnostics raised while writing: a cell longer than Excel's 32,767 characters.
        Case(
            name: "long-cell", arguments: ["build", "--assets", "assets.csv", "--risks", "risks.csv", "-o", "OUT"] + date,
            generatedInputs: [
                "assets.csv": "資産ID,情報資産の名称,機密性,完全性,可用性,備考\nA-1,顧客名簿,3,2,2,"
                    + String(repeating: "長", count: 40_000) + "\n",
                "risks.csv": "リスクID,資産ID,脅威,脆弱性,脅威レベル,脆弱性レベル,リスク対応\nR-1,A-1,漏えい,施錠なし,2,2,低減\n",
            ]),
    ]

    static let goldenFolder = CommandRunner.root.appendingPathComponent("Tests/ismsbookEndToEndTests/Golden")

    @Test(arguments: cases)
    func workbookMatchesItsGoldenParts(_ golden: Case) throws {
        let folder = try TemporaryFolder()
        var directory = CommandRunner.root
        if !golden.generatedInputs.isEmpty {
            directory = folder.url.appendingPathComponent("inputs")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for (name, text) in golden.generatedInputs {
                try Data(text.utf8).write(to: directory.appendingPathComponent(name))
            }
        }
        let output = folder.url.appendingPathComponent(golden.workbookInFolder == nil ? "book.xlsx" : "out").path
        let arguments = golden.arguments.map { $0 == "OUT" ? output : $0 }
        let result = try CommandRunner.run(arguments, in: directory)
        // The samples hold deliberate mistakes: 1 is a workbook written with its errors marked.
        try #require(result.status == 0 || result.status == 1, "\(result.stderr)")
        let workbook = golden.workbookInFolder.map { URL(fileURLWithPath: output).appendingPathComponent($0).path } ?? output
        var parts = try PackageParts.read(workbook)
        if golden.isStampedNow, let core = parts["docProps/core.xml"] { parts["docProps/core.xml"] = Self.unstamped(core) }
        let expectedFolder = Self.goldenFolder.appendingPathComponent(golden.name)

        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: expectedFolder)
            for (name, data) in parts {
                let file = expectedFolder.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: file)
            }
            return
        }

        let expected = try Self.goldenParts(in: expectedFolder)
        try #require(!expected.isEmpty, "no golden parts in \(expectedFolder.path): run UPDATE_GOLDEN=1 swift test --filter GoldenWorkbookTests")
        #expect(Set(parts.keys) == Set(expected.keys), "\(golden.name): the package's parts differ from the golden ones")
        for name in expected.keys.sorted() {
            guard let expectedData = expected[name], let data = parts[name] else { continue }
            if name.hasSuffix(".xml") || name.hasSuffix(".rels") || name.hasSuffix(".vml") {
                let difference = try XMLTreeComparison.firstDifference(expected: expectedData, found: data)
                #expect(difference == nil, "\(golden.name)/\(name) \(difference?.description ?? "")")
            } else {
                #expect(expectedData == data, "\(golden.name)/\(name): the bytes differ")
            }
        }
    }

    /// `docProps/core.xml` with its creation and modification times replaced by a fixed one, as
    /// libxlsxwriter's own suite normalises them.
    static func unstamped(_ core: Data) -> Data {
        let text = String(decoding: core, as: UTF8.self).replacing(
            /(<dcterms:(created|modified) [^>]*>)[^<]*</, with: { "\($0.output.1)1970-01-01T00:00:00Z<" })
        return Data(text.utf8)
    }

    /// The golden parts of a case, by their path in the package.
    static func goldenParts(in folder: URL) throws -> [String: Data] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return [:]
        }
        var parts: [String: Data] = [:]
        let prefix = folder.standardizedFileURL.path + "/"
        for case let file as URL in enumerator where (try file.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            parts[String(file.standardizedFileURL.path.dropFirst(prefix.count))] = try Data(contentsOf: file)
        }
        return parts
    }
}
