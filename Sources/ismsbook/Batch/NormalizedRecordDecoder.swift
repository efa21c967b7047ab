import Foundation
import ISMSBookCore

/// Reads records back from the JSON Lines a batch writes next to each department's workbook, so
/// that `merge` can consolidate departments (from one run or from the shards of many) without
/// reading their registers again.
struct NormalizedRecordDecoder {
    let profile: ScoringProfile
    let department: String
    let assetExtraColumns: [String]
    let riskExtraColumns: [String]

    func asset(_ object: [String: Any]) -> AssetRecord {
        var asset = AssetRecord(source: source(object))
        asset.id = object["id"] as? String
        asset.name = object["name"] as? String
        asset.category = object["category"] as? String
        asset.owner = object["owner"] as? String
        asset.department = object["department"] as? String
        asset.location = object["location"] as? String
        asset.medium = object["medium"] as? String
        asset.users = object["users"] as? String
        asset.personalData = (object["personal_data"] as? String).flatMap(PersonalDataKind.init(rawValue:))
        asset.confidentiality = object["confidentiality"] as? Int
        asset.integrity = object["integrity"] as? Int
        asset.availability = object["availability"] as? Int
        asset.value = object["value"] as? Int
        asset.retention = object["retention"] as? String
        asset.retentionUntil = date(object["retention_until"])
        if let retention = asset.retention, case .retention(.permanent, _) = RetentionParser.parse(retention) {
            asset.isRetentionPermanent = true
        }
        asset.recordedOn = date(object["recorded_on"])
        asset.notes = object["notes"] as? String
        asset.extras = extras(object, columns: assetExtraColumns)
        for (key, text) in object["invalid"] as? [String: String] ?? [:] {
            if let field = AssetField(rawValue: key) { asset.invalidCells[field] = text }
        }
        return asset
    }

    func risk(_ object: [String: Any]) -> RiskRecord {
        var risk = RiskRecord(source: source(object))
        risk.id = object["id"] as? String
        risk.assetID = object["asset_id"] as? String
        risk.asset = object["asset"] as? String
        risk.threat = object["threat"] as? String
        risk.vulnerability = object["vulnerability"] as? String
        risk.threatLevel = (object["threat_level"] as? Int).map { Level($0, of: profile.levelScale) }
        risk.vulnerabilityLevel = (object["vulnerability_level"] as? Int).map { Level($0, of: profile.levelScale) }
        risk.assetValue = object["asset_value"] as? Int
        risk.likelihood = object["likelihood"] as? Int
        risk.impact = object["impact"] as? Int
        risk.score = object["score"] as? Int
        risk.band = (object["level"] as? String).flatMap { name in profile.bands.first { $0.name == name } }
        risk.isAccepted = object["accepted"] as? Bool
        risk.treatment = (object["treatment"] as? String).flatMap(Treatment.init(rawValue:))
        risk.plan = object["plan"] as? String
        risk.controls = object["controls"] as? [String] ?? []
        risk.owner = object["owner"] as? String
        risk.due = date(object["due"])
        risk.approver = object["approver"] as? String
        risk.extras = extras(object, columns: riskExtraColumns)
        for (key, text) in object["invalid"] as? [String: String] ?? [:] {
            if let field = RiskField(rawValue: key) { risk.invalidCells[field] = text }
        }
        return risk
    }

    private func source(_ object: [String: Any]) -> RowSource {
        let source = object["source"] as? [String: Any]
        return RowSource(file: source?["file"] as? String ?? "", row: source?["row"] as? Int ?? 0, department: department)
    }

    /// JSON objects come back without their key order; the department's column list restores it.
    private func extras(_ object: [String: Any], columns: [String]) -> [ExtraCell] {
        let values = object["extra"] as? [String: String] ?? [:]
        return columns.compactMap { column in values[column].map { ExtraCell(header: column, text: $0) } }
    }

    private func date(_ value: Any?) -> CalendarDate? {
        guard let text = value as? String else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2])
    }
}
