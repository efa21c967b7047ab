import Foundation
import ISMSBookCore
import ISMSBookTestSupport

/// Runs the pipeline over register texts with binder files, the way `build` does.
struct BinderRun {
    let folder: TemporaryFolder
    let report: BuildReport
    let sink: CapturingSink

    static let date = CalendarDate(year: 2026, month: 11, day: 27)!

    /// The assets every binder test can refer to: A-1 of value 3 (personal data made sensitive),
    /// A-2 of value 2, A-3 of value 1; two departments.
    static let assets = """
        資産ID,資産名,管理部署,個人情報,機密性,完全性,可用性
        A-1,健康診断結果,人事部,要配慮個人情報,1,1,1
        A-2,請求書,経理部,なし,2,1,1
        A-3,掲示物,人事部,なし,1,1,1
        """

    init(
        assets: String = BinderRun.assets, risks: String? = nil, soa: String? = nil, suppliers: String? = nil, laws: String? = nil,
        auditors: String? = nil, checklist: Bool = false, departments: [String]? = nil, writesSoA: Bool? = nil, strict: Bool = false
    ) throws {
        let folder = try TemporaryFolder()
        self.folder = folder
        let assetPath = try folder.write("assets.csv", text: assets)
        let riskPaths = try risks.map { [try folder.write("risks.csv", text: $0)] } ?? []
        var inputs = BinderInputs(
            date: Self.date, soaFile: try soa.map { try folder.write("soa.csv", text: $0) },
            supplierFile: try suppliers.map { try folder.write("suppliers.csv", text: $0) },
            lawFile: try laws.map { try folder.write("laws.csv", text: $0) })
        if let writesSoA { inputs.writesSoA = writesSoA }
        inputs.writesAuditChecklist = checklist
        inputs.auditorFile = try auditors.map { try folder.write("auditors.csv", text: $0) }
        inputs.auditDepartments = departments
        let sink = CapturingSink()
        self.sink = sink
        let pipeline = RegisterPipeline(
            assetFiles: [assetPath], riskFiles: riskPaths, options: .init(),
            collector: DiagnosticCollector(treatWarningsAsErrors: strict), binder: inputs)
        report = try pipeline.run(into: sink)
    }

    /// The diagnostics with a given code.
    func diagnostics(_ code: String) -> [Diagnostic] { report.diagnostics.filter { $0.code == code } }

    /// The SoA row of a 2022 control.
    func soaRow(_ id: String) -> StatementOfApplicability.Row? { report.binder?.soa?.rows.first { $0.control.id == id } }

    /// The file name of a path in the run's folder, for comparing locations.
    func path(_ name: String) -> String { folder.url.appendingPathComponent(name).path }
}
