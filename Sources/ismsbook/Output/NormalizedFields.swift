import ISMSBookCore

/// A value in `normalize` output.
enum NormalizedValue {
    case text(String?)
    case number(Int?)
    case flag(Bool?)
    case list([String])
}

/// The fields of a normalised record, with their JSON keys, in the documented order; JSON Lines
/// and CSV output are both rendered from this one list.
enum NormalizedFields {
    static func of(_ asset: AssetRecord) -> [(String, NormalizedValue)] {
        [
            ("id", .text(asset.id)), ("name", .text(asset.name)), ("category", .text(asset.category)),
            ("owner", .text(asset.owner)), ("department", .text(asset.department)), ("location", .text(asset.location)),
            ("medium", .text(asset.medium)), ("users", .text(asset.users)),
            ("personal_data", .text(asset.personalData?.rawValue)), ("confidentiality", .number(asset.confidentiality)),
            ("integrity", .number(asset.integrity)), ("availability", .number(asset.availability)),
            ("value", .number(asset.value)), ("retention_until", .text(asset.retentionUntil?.iso8601)),
            ("retention", .text(asset.retention)), ("recorded_on", .text(asset.recordedOn?.iso8601)),
            ("notes", .text(asset.notes)),
        ]
    }

    static func of(_ risk: RiskRecord) -> [(String, NormalizedValue)] {
        [
            ("id", .text(risk.id)), ("asset_id", .text(risk.assetID)), ("asset", .text(risk.asset)),
            ("threat", .text(risk.threat)), ("vulnerability", .text(risk.vulnerability)),
            ("threat_level", .number(risk.threatLevel?.value)), ("vulnerability_level", .number(risk.vulnerabilityLevel?.value)),
            ("likelihood", .number(risk.likelihood)), ("impact", .number(risk.impact)), ("score", .number(risk.score)),
            ("level", .text(risk.band?.name)), ("treatment", .text(risk.treatment?.rawValue)), ("plan", .text(risk.plan)),
            ("controls", .list(risk.controls)), ("owner", .text(risk.owner)), ("due", .text(risk.due?.iso8601)),
            ("approver", .text(risk.approver)), ("accepted", .flag(risk.isAccepted)),
        ]
    }

    /// The keys of each register, in order, for the CSV header.
    static func keys(_ kind: RegisterKind) -> [String] {
        switch kind {
        case .assets: of(AssetRecord(source: RowSource(file: "", row: 0))).map(\.0)
        case .risks: of(RiskRecord(source: RowSource(file: "", row: 0))).map(\.0)
        case .soa, .suppliers, .laws, .auditors: []  // not written by `normalize`
        }
    }

    /// One JSON Lines object: the fields, then `extra`, `source` and `invalid`.
    static func json(_ fields: [(String, NormalizedValue)], extras: [ExtraCell], source: RowSource, invalid: [(String, String)]) -> String {
        var object = JSONObject()
        for (key, value) in fields {
            switch value {
            case .text(let text): object.add(key, text)
            case .number(let number): object.add(key, number)
            case .flag(let flag): object.add(key, flag)
            case .list(let list): object.add(key, list)
            }
        }
        object.add("extra", json: JSONObject.pairs(extras.map { ($0.header, $0.text) }))
        var location = JSONObject()
        location.add("file", source.file)
        location.add("row", source.row)
        object.add("source", json: location.json)
        object.add("invalid", json: JSONObject.pairs(invalid.sorted { $0.0 < $1.0 }))
        return object.json
    }

    /// One CSV row: the fields, the source, then the extra columns laid out over `extraColumns`.
    static func csv(_ fields: [(String, NormalizedValue)], extras: [ExtraCell], source: RowSource, extraColumns: [String]) -> String {
        var cells = fields.map { _, value -> String in
            switch value {
            case .text(let text): CSVCell.text(text)
            case .number(let number): CSVCell.number(number)
            case .flag(let flag): flag.map { $0 ? "true" : "false" } ?? ""
            case .list(let list): CSVCell.text(list.joined(separator: "; "))
            }
        }
        cells += [CSVCell.text(source.file), String(source.row)]
        var byHeader: [String: String] = [:]
        for cell in extras where byHeader[cell.header] == nil { byHeader[cell.header] = cell.text }
        cells += extraColumns.map { CSVCell.text(byHeader[$0]) }
        return cells.joined(separator: ",")
    }
}
