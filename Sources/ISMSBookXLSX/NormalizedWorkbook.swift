import Foundation
import ISMSBookCore

/// `normalize --format xlsx`: one register's normalised records as a sheet that ismsbook reads
/// back to the same records.
///
/// The sheet holds the register's own columns under their JSON keys (each is also a header
/// ismsbook accepts), then the department's extra columns. Values computed from others (the
/// asset's value, the risk's score and band) are left out: reading the sheet back computes them
/// again. Ratings are numbers, dates are Excel dates, and a cell that could not be read keeps its
/// original text.
public final class NormalizedWorkbook: RegisterSink {
    private let workbook: Workbook
    private let kind: RegisterKind
    private let context: SheetContext
    private var table: TableSheetWriter?
    private var fields: [String] = []
    private var extraColumns: [String] = []

    /// Creates the workbook; nothing is written to `path` before ``finish(_:)``.
    public init(path: String, kind: RegisterKind, createdAt: Date) throws {
        workbook = try Workbook(path: path, options: Workbook.Options())
        self.kind = kind
        context = SheetContext(language: .english, organisation: "", generatedOn: CalendarDate(daysSinceEpoch: 0))
        self.createdAt = createdAt
    }

    private let createdAt: Date

    public func begin(_ layout: RegisterLayout) throws {
        switch kind {
        case .assets:
            fields = ["id", "name", "category", "owner", "department", "location", "medium", "users", "personal_data",
                      "confidentiality", "integrity", "availability", "retention", "recorded_on", "notes"]
            extraColumns = layout.assetExtraColumns
        case .risks:
            var ratings = ["threat_level", "vulnerability_level"]
            if layout.profile.method == .likelihoodImpact { ratings = ["likelihood", "impact"] }
            if layout.profile.method == .direct { ratings = ["score"] }
            fields = ["id", "asset_id", "asset", "threat", "vulnerability"] + ratings
                + ["treatment", "plan", "controls", "owner", "due", "approver"]
            extraColumns = layout.riskExtraColumns
        case .soa, .suppliers, .laws, .auditors:
            // `normalize` writes the two department registers only; the binder's are not normalised.
            fields = ["id"]
            extraColumns = []
        }
        let columns = fields.map { TableColumn($0, Self.dateFields.contains($0) ? .date : Self.numberFields.contains($0) ? .number : .text) }
            + extraColumns.map { TableColumn($0, .longText) }
        table = try TableSheetWriter(workbook: workbook, name: kind == .assets ? "assets" : "risks", columns: columns, context: context)
    }

    private static let dateFields: Set = ["recorded_on", "due"]
    private static let numberFields: Set = ["confidentiality", "integrity", "availability", "threat_level", "vulnerability_level",
                                            "likelihood", "impact", "score"]

    public func write(_ asset: AssetRecord) throws {
        guard kind == .assets else { return }
        let invalid = Dictionary(uniqueKeysWithValues: asset.invalidCells.map { ($0.key.rawValue, $0.value) })
        let values: [String: TableCell] = [
            "id": .text(asset.id), "name": .text(asset.name), "category": .text(asset.category), "owner": .text(asset.owner),
            "department": .text(asset.department), "location": .text(asset.location), "medium": .text(asset.medium),
            "users": .text(asset.users), "personal_data": .text(asset.personalData?.rawValue),
            "confidentiality": .integer(asset.confidentiality), "integrity": .integer(asset.integrity),
            "availability": .integer(asset.availability), "retention": .text(asset.retention),
            "recorded_on": .date(asset.recordedOn), "notes": .text(asset.notes),
        ]
        try append(values, invalid: invalid, extras: asset.extras)
    }

    public func write(_ risk: RiskRecord) throws {
        guard kind == .risks else { return }
        let invalid = Dictionary(uniqueKeysWithValues: risk.invalidCells.map { ($0.key.rawValue, $0.value) })
        let values: [String: TableCell] = [
            "id": .text(risk.id), "asset_id": .text(risk.assetID), "asset": .text(risk.asset), "threat": .text(risk.threat),
            "vulnerability": .text(risk.vulnerability), "threat_level": .integer(risk.threatLevel?.value),
            "vulnerability_level": .integer(risk.vulnerabilityLevel?.value), "likelihood": .integer(risk.likelihood),
            "impact": .integer(risk.impact), "score": .integer(risk.givenScore?.value), "treatment": .text(risk.treatment?.rawValue),
            "plan": .text(risk.plan), "controls": .text(risk.controls.isEmpty ? nil : risk.controls.joined(separator: "; ")),
            "owner": .text(risk.owner), "due": .date(risk.due), "approver": .text(risk.approver),
        ]
        try append(values, invalid: invalid, extras: risk.extras)
    }

    private func append(_ values: [String: TableCell], invalid: [String: String], extras: [ExtraCell]) throws {
        var cells = fields.map { field in StyledCell(invalid[field].map { .text($0) } ?? values[field] ?? .empty) }
        cells += extras.aligned(to: extraColumns)
        try table?.append(cells, source: nil)
    }

    public func finish(_ report: BuildReport) throws -> SinkOutcome {
        try table?.finish()
        try workbook.setProperties(
            Workbook.Properties(
                title: "ismsbook normalize (\(kind.rawValue))", subject: "", author: "ismsbook", company: "", comments: "",
                created: createdAt))
        let closing = Date()
        try workbook.close()
        return SinkOutcome(
            diagnostics: context.diagnostics.raised.map(report.policy.applied(to:)), packagingSeconds: Date().timeIntervalSince(closing))
    }
}
