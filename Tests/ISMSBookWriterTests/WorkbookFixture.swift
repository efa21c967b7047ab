import Foundation
import ISMSBookCore
import ISMSBookWriter
import ISMSBookTestSupport

/// Builds a workbook from register texts, the way `ismsbook build` does, and opens it for reading.
struct WorkbookFixture {
    let folder: TemporaryFolder
    let path: String
    let report: BuildReport
    let reader: XLSXWorkbookReader

    static let date = CalendarDate(year: 2026, month: 11, day: 27)!

    init(
        assets: String, risks: String? = nil, language: Language = .japanese, profile: ScoringProfile = .standard,
        name: String = "book.xlsx", in existingFolder: TemporaryFolder? = nil
    ) throws {
        let folder = try existingFolder ?? TemporaryFolder()
        self.folder = folder
        let assetPath = try folder.write("assets.csv", text: assets)
        let riskPaths = try risks.map { [try folder.write("risks.csv", text: $0)] } ?? []
        let path = folder.url.appendingPathComponent(name).path
        self.path = path
        let collector = DiagnosticCollector()
        let settings = AuditWorkbook.Settings(
            language: language, organisation: "株式会社テスト & Co.", generatedOn: Self.date,
            createdAt: Date(timeIntervalSince1970: TimeInterval(Self.date.daysSinceEpoch * 86_400)), toolVersion: "test")
        let sink = try AuditWorkbook(path: path, settings: settings)
        let pipeline = RegisterPipeline(
            assetFiles: [assetPath], riskFiles: riskPaths, options: .init(profile: profile), collector: collector)
        report = try pipeline.run(into: sink)
        reader = try XLSXWorkbookReader(path: path)
    }

    /// The text of a package part.
    func part(_ name: String) throws -> String {
        String(decoding: try reader.entry(name), as: UTF8.self)
    }

    /// The XML of a sheet, found by its name.
    func sheetXML(_ sheet: String) throws -> String {
        guard let index = reader.sheetNames.firstIndex(of: sheet) else { return "" }
        return try part("xl/worksheets/sheet\(index + 1).xml")
    }
}
