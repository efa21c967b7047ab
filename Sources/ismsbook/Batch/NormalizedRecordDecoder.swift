import Foundation
import ISMSBookCore

/// Reads records back from the JSON Lines a batch writes next to each department's workbook, so
/// that `merge` can consolidate departments (from one run or from the shards of many) without
/// reading their registers again.
///
/// Lines are read by ``JSONLineParser`` member by member; `JSONDecoder` into `Decodable` structs
/// took a quarter of a merge's CPU time on 480,000 records, and `JSONSerialization` with casts
/// half. Unknown members are ignored, so a newer batch's files still merge.
struct NormalizedRecordDecoder {
    let profile: ScoringProfile
    let department: String
    let assetExtraColumns: [String]
    let riskExtraColumns: [String]

    /// A member that is not what the record needs.
    struct MemberError: Error, CustomStringConvertible {
        var key: String
        var problem: String
        var description: String { "\(key): \(problem)" }
    }

    func asset(_ line: Data) throws -> AssetRecord {
        var asset = AssetRecord(source: RowSource(file: "", row: 0, department: department))
        var hasSource = false
        var retentionUntil: String?
        var recordedOn: String?
        var extras: [(String, String)] = []
        var invalid: [(String, String)] = []
        try JSONLineParser.forEachMember(of: line) { key, value in
            try member(key) {
                switch key {
                case "id": asset.id = try value.optionalString()
                case "name": asset.name = try value.optionalString()
                case "category": asset.category = try value.optionalString()
                case "owner": asset.owner = try value.optionalString()
                case "department": asset.department = try value.optionalString()
                case "location": asset.location = try value.optionalString()
                case "medium": asset.medium = try value.optionalString()
                case "users": asset.users = try value.optionalString()
                case "personal_data": asset.personalData = try value.optionalString().flatMap(PersonalDataKind.init(rawValue:))
                case "confidentiality": asset.confidentiality = try value.optionalInt()
                case "integrity": asset.integrity = try value.optionalInt()
                case "availability": asset.availability = try value.optionalInt()
                case "value": asset.value = try value.optionalInt()
                case "retention_until": retentionUntil = try value.optionalString()
                case "retention": asset.retention = try value.optionalString()
                case "recorded_on": recordedOn = try value.optionalString()
                case "notes": asset.notes = try value.optionalString()
                case "extra": extras = try value.stringPairs()
                case "invalid": invalid = try value.stringPairs()
                case "source":
                    asset.source = try source(value)
                    hasSource = true
                default: break
                }
            }
        }
        guard hasSource else { throw MemberError(key: "source", problem: "missing") }
        asset.retentionUntil = date(retentionUntil)
        if let retention = asset.retention, case .retention(.permanent, _) = RetentionParser.parse(retention) {
            asset.isRetentionPermanent = true
        }
        asset.recordedOn = date(recordedOn)
        asset.extras = self.extras(extras, columns: assetExtraColumns)
        for (key, text) in invalid {
            if let field = AssetField(rawValue: key) { asset.invalidCells[field] = text }
        }
        return asset
    }

    func risk(_ line: Data) throws -> RiskRecord {
        var risk = RiskRecord(source: RowSource(file: "", row: 0, department: department))
        var hasSource = false
        var due: String?
        var extras: [(String, String)] = []
        var invalid: [(String, String)] = []
        try JSONLineParser.forEachMember(of: line) { key, value in
            try member(key) {
                switch key {
                case "id": risk.id = try value.optionalString()
                case "asset_id": risk.assetID = try value.optionalString()
                case "asset": risk.asset = try value.optionalString()
                case "threat": risk.threat = try value.optionalString()
                case "vulnerability": risk.vulnerability = try value.optionalString()
                case "threat_level": risk.threatLevel = try value.optionalInt().map { Level($0, of: profile.levelScale) }
                case "vulnerability_level":
                    risk.vulnerabilityLevel = try value.optionalInt().map { Level($0, of: profile.levelScale) }
                case "asset_value": risk.assetValue = try value.optionalInt()
                case "likelihood": risk.likelihood = try value.optionalInt()
                case "impact": risk.impact = try value.optionalInt()
                case "score": risk.score = try value.optionalInt()
                case "level": risk.band = try value.optionalString().flatMap { name in profile.bands.first { $0.name == name } }
                case "accepted": risk.isAccepted = try value.optionalBool()
                case "treatment": risk.treatment = try value.optionalString().flatMap(Treatment.init(rawValue:))
                case "plan": risk.plan = try value.optionalString()
                case "controls": risk.controls = try value.strings()
                case "owner": risk.owner = try value.optionalString()
                case "due": due = try value.optionalString()
                case "approver": risk.approver = try value.optionalString()
                case "extra": extras = try value.stringPairs()
                case "invalid": invalid = try value.stringPairs()
                case "source":
                    risk.source = try source(value)
                    hasSource = true
                default: break
                }
            }
        }
        guard hasSource else { throw MemberError(key: "source", problem: "missing") }
        risk.due = date(due)
        risk.extras = self.extras(extras, columns: riskExtraColumns)
        for (key, text) in invalid {
            if let field = RiskField(rawValue: key) { risk.invalidCells[field] = text }
        }
        return risk
    }

    /// Runs one member's step, naming the member in its error.
    private func member(_ key: String, _ step: () throws -> Void) throws {
        do {
            try step()
        } catch let error as JSONLineValue.Mismatch {
            throw MemberError(key: key, problem: error.description)
        }
    }

    /// `{"file": …, "row": …}`: where the record came from.
    private func source(_ value: JSONLineValue) throws -> RowSource {
        var file: String?
        var row: Int?
        for member in try value.members() {
            switch member.key {
            case "file": file = try member.value.string()
            case "row": row = try member.value.optionalInt()
            default: break
            }
        }
        guard let file, let row else { throw MemberError(key: "source", problem: "needs a file and a row") }
        return RowSource(file: file, row: row, department: department)
    }

    /// The extra cells in the department's column order, which the batch's report records.
    private func extras(_ pairs: [(String, String)], columns: [String]) -> [ExtraCell] {
        guard !pairs.isEmpty else { return [] }
        let values = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        return columns.compactMap { column in values[column].map { ExtraCell(header: column, text: $0) } }
    }

    private func date(_ text: String?) -> CalendarDate? {
        guard let text else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2])
    }
}
