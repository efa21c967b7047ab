import Foundation
import Testing

@_spi(Fuzzing) import ISMSBookCore

/// The fuzz targets' entry points, run by `swift test` on the inputs the fuzzers have found
/// (`Fuzz/corpus/TARGET/`) and on the bad-input corpus, so a finding stays fixed and the targets
/// cannot fall out of step with the code they feed.
struct FuzzCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func files(in folder: String) -> [URL] {
        let url = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().map { url.appendingPathComponent($0) }
    }

    /// Every target in `Fuzz/` is one of `FuzzTargets`, and the other way round.
    @Test func theFuzzFolderHoldsExactlyTheTargets() {
        let sources = Self.files(in: "Fuzz").map(\.lastPathComponent).filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(6)) }
        #expect(sources.sorted() == FuzzTargets.names.sorted())
        let corpora = Self.files(in: "Fuzz/corpus").map(\.lastPathComponent)
        #expect(Set(corpora).isSubset(of: FuzzTargets.names))
    }

    @Test(arguments: FuzzTargets.names)
    func earlierFindingsStayFixed(target: String) throws {
        for file in Self.files(in: "Fuzz/corpus/\(target)") {
            let broken = FuzzTargets.run(target, Array(try Data(contentsOf: file)))
            #expect(broken.isEmpty, "\(target) \(file.lastPathComponent): \(broken)")
        }
    }

    /// The hand-made bad inputs, through the CSV target; and every file of the corpus through the
    /// JSON and value parsers, which must refuse or accept them without trapping.
    @Test func theBadInputCorpusPassesThroughEveryTarget() throws {
        let files = Self.files(in: "Tests/ismsbookEndToEndTests/Corpus")
        #expect(files.count > 10)
        for file in files {
            let bytes = Array(try Data(contentsOf: file))
            for target in FuzzTargets.names { #expect(FuzzTargets.run(target, bytes).isEmpty, "\(target) \(file.lastPathComponent)") }
        }
    }
}
