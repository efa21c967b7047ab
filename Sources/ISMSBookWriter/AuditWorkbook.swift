import Foundation
import ISMSBookCore

/// The auditor's workbook: a ``RegisterSink`` that writes the registers into a styled XLSX file as
/// they stream past, then the summary, the risk map and the validation results.
///
/// Sheets, in order: 概要 / Summary, 情報資産管理台帳 / Asset register, リスクアセスメント / Risk
/// register, リスクマップ / Risk map, リスク対応計画 / Treatment plan, then the binder's sheets the
/// layout asks for (適用宣言書 / Statement of Applicability, 委託先管理台帳 / Suppliers, 法令一覧 /
/// Legal register, 内部監査チェックリスト / Audit checklist), 検証結果 / Validation, and the cost
/// plan's sheets with `plan`. The workbook runs in libxlsxwriter's constant-memory mode: each sheet is written top to bottom, the
/// summary and the map are filled in at the end, and no Excel tables are used.
public final class AuditWorkbook: RegisterSink {
    /// What the workbook says about itself.
    public struct Settings: Sendable {
        /// Titles, headers and messages in Japanese or English.
        public var language: Language
        /// The organisation, for the summary, the page header and the document properties.
        public var organisation: String
        /// The generation date shown in the workbook.
        public var generatedOn: CalendarDate
        /// The creation time stored in the document properties.
        public var createdAt: Date
        /// The tool's version.
        public var toolVersion: String
        /// Where libxlsxwriter keeps its temporary files (the output's folder by default).
        public var temporaryDirectory: String?
        /// Whether the registers start with a department column (the consolidated workbook of a batch).
        public var showsDepartment = false
        /// A certification plan (`--plan`): adds 費用計画 / Cost plan, and 計画 / Roadmap when it has a
        /// target date, after the other sheets.
        public var plan: CertificationPlan?
        /// Data rows per register sheet before it continues on `NAME (2)`: Excel's limit, unless a
        /// test needs a small one.
        var rowsPerSheet = Worksheet.maximumRow

        /// Creates settings.
        public init(
            language: Language = .japanese, organisation: String = "", generatedOn: CalendarDate, createdAt: Date,
            toolVersion: String, temporaryDirectory: String? = nil
        ) {
            self.language = language
            self.organisation = organisation
            self.generatedOn = generatedOn
            self.createdAt = createdAt
            self.toolVersion = toolVersion
            self.temporaryDirectory = temporaryDirectory
        }
    }

    private let workbook: Workbook
    private let settings: Settings
    private let context: SheetContext
    private var summary: Worksheet?
    private var assets: RegisterSheet<AssetField>?
    private var risks: RiskRegisterSheet?
    private var map: Worksheet?
    private var plan: TreatmentPlanSheet?
    private var binder: BinderSheets?
    private var validation: ValidationSheet?
    private var rowsWritten: [String: Int] = [:]

    /// Creates the workbook; nothing is written to `path` before ``finish(_:)`` succeeds.
    public init(path: String, settings: Settings) throws {
        self.settings = settings
        var options = Workbook.Options()
        options.temporaryDirectory = settings.temporaryDirectory
        workbook = try Workbook(path: path, options: options)
        let organisation = String(settings.organisation.prefix(100))  // page headers hold 255 characters
        context = SheetContext(
            language: settings.language, organisation: organisation, generatedOn: settings.generatedOn,
            showsDepartment: settings.showsDepartment, rowsPerSheet: settings.rowsPerSheet)
    }

    public func begin(_ layout: RegisterLayout) throws {
        summary = try workbook.addWorksheet(named: SummarySheet.name(context))
        assets = try RegisterSheet(
            workbook: workbook, name: LocalizedText("情報資産管理台帳", "Asset register"), context: context,
            extraColumns: layout.assetExtraColumns)
        risks = try RiskRegisterSheet(
            workbook: workbook, context: context, extraColumns: layout.riskExtraColumns, profile: layout.profile)
        map = try workbook.addWorksheet(named: RiskMapSheet.name(context))
        plan = try TreatmentPlanSheet(workbook: workbook, context: context)
        binder = try BinderSheets(workbook: workbook, context: context, layout: layout.binder)
        validation = try ValidationSheet(workbook: workbook, context: context)
        if let plan = settings.plan { try CostPlanSheets.write(plan, into: workbook, context: context) }
    }

    public func write(_ asset: AssetRecord) throws {
        try assets?.write(asset)
        rowsWritten[Self.inputKey(file: asset.source.file, sheet: asset.source.sheet), default: 0] += 1
    }

    public func write(_ risk: RiskRecord) throws {
        try risks?.write(risk)
        try plan?.write(risk)
        rowsWritten[Self.inputKey(file: risk.source.file, sheet: risk.source.sheet), default: 0] += 1
    }

    public func finish(_ report: BuildReport) throws -> SinkOutcome {
        guard let summary, let assets, let risks, let map, let plan, let validation else {
            throw XLSXWriterError.notBegun("finishing the workbook")
        }
        // The sheets that can still cut a cell come first, so that 検証結果 lists every diagnostic
        // (its own cuts included) and the summary counts them all.
        try binder?.write(report.binder)
        for file in binder?.rowsWritten(report.binder) ?? [:] { rowsWritten[file.key, default: 0] += file.value }
        try RiskMapSheet(sheet: map, context: context).write(report)
        let raised = try validation.write(report.diagnostics, thenRaisedIn: context.diagnostics, policy: report.policy)
        var complete = report
        complete.add(raised)
        try SummarySheet(sheet: summary, workbook: workbook, context: context)
            .write(complete, facts: SummarySheet.Facts(
                toolVersion: settings.toolVersion, rowsWritten: rowsWritten, departments: report.departments))
        try assets.finish()
        try risks.finish()
        try plan.finish()
        try binder?.finish()
        try validation.finish()
        let title = context.text("ISMS 情報資産・リスク評価", "ISMS asset and risk assessment")
        try workbook.setProperties(
            Workbook.Properties(
                title: settings.organisation.isEmpty ? title : "\(title) — \(settings.organisation)",
                subject: context.text("情報資産管理台帳・リスクアセスメント", "Asset register and risk assessment"),
                author: "ismsbook \(settings.toolVersion)", company: settings.organisation,
                comments: context.text("ismsbook が部門の台帳から生成", "Generated by ismsbook from department registers"),
                created: settings.createdAt))
        let closing = Date()
        try workbook.close()
        return SinkOutcome(diagnostics: raised, packagingSeconds: Date().timeIntervalSince(closing))
    }

    /// Identifies an input: a file, or one sheet of a workbook (both registers may be in one file).
    static func inputKey(file: String, sheet: String?) -> String {
        sheet.map { "\(file)[\($0)]" } ?? file
    }

    /// The data rows written to each input's register sheet, by ``inputKey(file:sheet:)``.
    public var rowsWrittenByFile: [String: Int] { rowsWritten }
}
