import Foundation
import ISMSBookCore

/// Reads records back from the JSON Lines a batch writes next to each department's workbook, so
/// that `merge` can consolidate departments (from one run or from the shards of many) without
/// reading their registers again.
///
/// Lines are decoded with `JSONDecoder` into the structs below rather than through
/// `JSONSerialization` and casts, which took half of a merge's time in a profile of 480,000 rows.
struct NormalizedRecordDecoder {
    let profile: ScoringProfile
    let department: String
    let assetExtraColumns: [String]
    let riskExtraColumns: [String]
    private let decoder = JSONDecoder()

    init(profile: ScoringProfile, department: String, assetExtraColumns: [String], riskExtraColumns: [String]) {
        self.profile = profile
        self.department = department
        self.assetExtraColumns = assetExtraColumns
        self.riskExtraColumns = riskExtraColumns
    }

    private struct Source: Decodable {
        var file: String
        var row: Int
    }

    private struct AssetLine: Decodable {
        var id, name, category, owner, department, location, medium, users: String?
        var personal_data: String?
        var confidentiality, integrity, availability, value: Int?
        var retention_until, retention, recorded_on, notes: String?
        var extra: [String: String]?
        var source: Source
        var invalid: [String: String]?
    }

    private struct RiskLine: Decodable {
        var id, asset_id, asset, threat, vulnerability: String?
        var threat_level, vulnerability_level, likelihood, impact, score, asset_value: Int?
        var level, treatment, plan: String?
        var controls: [String]?
        var owner, due, approver: String?
        var accepted: Bool?
        var extra: [String: String]?
        var source: Source
        var invalid: [String: String]?
    }

    func asset(_ line: Data) throws -> AssetRecord {
        let object = try decoder.decode(AssetLine.self, from: line)
        var asset = AssetRecord(source: RowSource(file: object.source.file, row: object.source.row, department: department))
        asset.id = object.id
        asset.name = object.name
        asset.category = object.category
        asset.owner = object.owner
        asset.department = object.department
        asset.location = object.location
        asset.medium = object.medium
        asset.users = object.users
        asset.personalData = object.personal_data.flatMap(PersonalDataKind.init(rawValue:))
        asset.confidentiality = object.confidentiality
        asset.integrity = object.integrity
        asset.availability = object.availability
        asset.value = object.value
        asset.retention = object.retention
        asset.retentionUntil = date(object.retention_until)
        if let retention = object.retention, case .retention(.permanent, _) = RetentionParser.parse(retention) {
            asset.isRetentionPermanent = true
        }
        asset.recordedOn = date(object.recorded_on)
        asset.notes = object.notes
        asset.extras = extras(object.extra, columns: assetExtraColumns)
        for (key, text) in object.invalid ?? [:] {
            if let field = AssetField(rawValue: key) { asset.invalidCells[field] = text }
        }
        return asset
    }

    func risk(_ line: Data) throws -> RiskRecord {
        let object = try decoder.decode(RiskLine.self, from: line)
        var risk = RiskRecord(source: RowSource(file: object.source.file, row: object.source.row, department: department))
        risk.id = object.id
        risk.assetID = object.asset_id
        risk.asset = object.asset
        risk.threat = object.threat
        risk.vulnerability = object.vulnerability
        risk.threatLevel = object.threat_level.map { Level($0, of: profile.levelScale) }
        risk.vulnerabilityLevel = object.vulnerability_level.map { Level($0, of: profile.levelScale) }
        risk.assetValue = object.asset_value
        risk.likelihood = object.likelihood
        risk.impact = object.impact
        risk.score = object.score
        risk.band = object.level.flatMap { name in profile.bands.first { $0.name == name } }
        risk.isAccepted = object.accepted
        risk.treatment = object.treatment.flatMap(Treatment.init(rawValue:))
        risk.plan = object.plan
        risk.controls = object.controls ?? []
        risk.owner = object.owner
        risk.due = date(object.due)
        risk.approver = object.approver
        risk.extras = extras(object.extra, columns: riskExtraColumns)
        for (key, text) in object.invalid ?? [:] {
            if let field = RiskField(rawValue: key) { risk.invalidCells[field] = text }
        }
        return risk
    }

    /// JSON objects come back without their key order; the department's column list restores it.
    private func extras(_ values: [String: String]?, columns: [String]) -> [ExtraCell] {
        guard let values else { return [] }
        return columns.compactMap { column in values[column].map { ExtraCell(header: column, text: $0) } }
    }

    private func date(_ text: String?) -> CalendarDate? {
        guard let text else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2])
    }
}
