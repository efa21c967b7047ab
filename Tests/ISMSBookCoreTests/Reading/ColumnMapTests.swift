import ISMSBookCore
import Testing

struct ColumnMapTests {
    @Test(arguments: [
        ("資産ID", AssetField.id), ("管理番号", .id), ("No.", .id), ("情報資産の名称", .name), ("資産名", .name), ("名称", .name),
        ("分類", .category), ("業務分類", .category), ("種別", .category), ("管理者", .owner), ("情報資産の管理者", .owner),
        ("責任者", .owner), ("管理部署", .department), ("部署", .department), ("部門", .department), ("保管場所", .location),
        ("保存先", .location), ("媒体", .medium), ("媒体・保存先", .medium), ("利用者範囲", .users), ("個人情報", .personalData),
        ("個人情報の種類", .personalData), ("機密性", .confidentiality), ("完全性", .integrity), ("可用性", .availability),
        ("C", .confidentiality), ("I", .integrity), ("A", .availability), ("機密性(C)", .confidentiality),
        ("機密性\n（1〜3）", .confidentiality), ("保管期間", .retention), ("保存期限", .retention), ("記入日", .recordedOn),
        ("登録日", .recordedOn), ("備考", .notes), ("Asset ID", .id), ("asset_id", .id), ("Name", .name),
        ("Category", .category), ("Owner", .owner), ("Department", .department), ("Location", .location),
        ("Medium", .medium), ("Users", .users), ("Personal data", .personalData), ("personal_data", .personalData),
        ("Confidentiality", .confidentiality), ("INTEGRITY", .integrity), ("Availability", .availability),
        ("Retention", .retention), ("Recorded on", .recordedOn), ("recorded-on", .recordedOn), ("Notes", .notes),
        ("ＮＯＴＥＳ", .notes), ("要配慮個人情報", .personalDataSensitive), ("特定個人情報", .personalDataMyNumber),
    ])
    func mapsAssetHeaders(header: String, field: AssetField) {
        #expect(ColumnMap<AssetField>.field(for: header) == field)
    }

    @Test(arguments: [
        ("リスクID", RiskField.id), ("Risk ID", .id), ("No.", .id), ("資産ID", .assetID), ("管理番号", .assetID),
        ("Asset ID", .assetID), ("資産名", .asset), ("Asset name", .asset), ("脅威", .threat), ("Threat", .threat),
        ("脆弱性", .vulnerability), ("Vulnerability", .vulnerability), ("脅威レベル", .threatLevel), ("Threat level", .threatLevel),
        ("脆弱性レベル", .vulnerabilityLevel), ("Vulnerability level", .vulnerabilityLevel), ("発生可能性", .likelihood),
        ("Likelihood", .likelihood), ("影響度", .impact), ("Impact", .impact), ("リスク値", .score), ("Risk score", .score),
        ("リスク対応", .treatment), ("対応", .treatment), ("Treatment", .treatment), ("対応策", .plan),
        ("Treatment plan", .plan), ("管理策", .controls), ("Controls", .controls), ("リスク所有者", .owner), ("担当者", .owner),
        ("Risk owner", .owner), ("Owner", .owner), ("期限", .due), ("Due date", .due), ("承認者", .approver),
        ("Approver", .approver), ("threat_level", .threatLevel), ("vulnerability-level", .vulnerabilityLevel),
    ])
    func mapsRiskHeaders(header: String, field: RiskField) {
        #expect(ColumnMap<RiskField>.field(for: header) == field)
    }

    @Test func everyKeyOfAFieldReadFromFilesIsAHeader() {
        for field in AssetField.allCases where field.isRead { #expect(ColumnMap<AssetField>.field(for: field.rawValue) == field) }
        for field in RiskField.allCases where field.isRead { #expect(ColumnMap<RiskField>.field(for: field.rawValue) == field) }
    }

    /// A department's own column named like a value ismsbook computes (`level`, `accepted`) is
    /// the department's, kept as an extra column, not read into the computed field.
    @Test func theKeysOfComputedFieldsAreNoHeaders() {
        #expect(AssetField.allCases.filter { !$0.isRead } == [.retentionUntil])
        #expect(RiskField.allCases.filter { !$0.isRead } == [.level, .residualLevel, .residualWithinThreshold, .acceptance, .accepted, .assetValue])
        #expect(ColumnMap<AssetField>.field(for: "retention_until") == nil)
        for key in ["level", "accepted", "asset_value", "residual_level", "residual_within_threshold", "acceptance"] { #expect(ColumnMap<RiskField>.field(for: key) == nil, "\(key)") }
        var diagnostics: [Diagnostic] = []
        let map = ColumnMap<RiskField>(headers: ["リスクID", "level", "accepted"], headerRow: 1, file: "r.csv", diagnostics: &diagnostics)
        #expect(map.extras.map(\.name) == ["level", "accepted"])
    }

    @Test func unknownAndDuplicateColumnsAreKeptAsExtras() {
        var diagnostics: [Diagnostic] = []
        let map = ColumnMap<AssetField>(
            headers: ["名称", "更新頻度", "資産名", "", "更新頻度"], headerRow: 3, file: "a.csv", diagnostics: &diagnostics)
        #expect(map.columns[.name] == 0)
        #expect(map.extras.map(\.name) == ["更新頻度", "資産名", "column D", "更新頻度 (2)"])
        #expect(map.extras.map(\.index) == [1, 2, 3, 4])
        #expect(diagnostics.map(\.code) == ["duplicate-column"])
        #expect(diagnostics.first?.location.row == 3)
    }
}

extension ColumnMapTests {
    @Test func ordinalsAreTheCasePositions() {
        for (position, field) in AssetField.allCases.enumerated() { #expect(field.ordinal == position) }
        for (position, field) in RiskField.allCases.enumerated() { #expect(field.ordinal == position) }
    }
}
