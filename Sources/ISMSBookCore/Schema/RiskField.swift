/// The risk register (リスクアセスメント): its fields in the order `normalize` writes them, each with
/// everything about it. The raw value is the field's JSON key, also accepted as a header.
public enum RiskField: String, Sendable, CaseIterable, Hashable {
    case id
    case assetID = "asset_id"
    /// The asset's name, used to find the asset when no id is given.
    case asset
    case threat, vulnerability
    case threatLevel = "threat_level"
    case vulnerabilityLevel = "vulnerability_level"
    case likelihood, impact
    /// リスク値: computed by the profile's method; as given in the file, the score of the `direct`
    /// method, compared with the computed score by the others.
    case score
    /// The band the score falls in.
    case level
    case treatment, plan, controls, owner, due, approver
    case residualThreatLevel = "residual_threat_level"
    case residualVulnerabilityLevel = "residual_vulnerability_level"
    case residualLikelihood = "residual_likelihood"
    case residualImpact = "residual_impact"
    /// 対策後リスク値: computed like ``score`` from the residual factors; as given in the file, the
    /// residual of the `direct` method, compared with the computed one by the others.
    case residualScore = "residual_score"
    /// The band the residual score falls in.
    case residualLevel = "residual_level"
    /// Whether the residual score is within the acceptance threshold.
    case residualWithinThreshold = "residual_within_threshold"
    /// 対応状況: planned, in progress, done.
    case status
    case approvedOn = "approved_on"
    case acceptanceExpires = "acceptance_expires"
    case justification
    /// Whether the risk owner has accepted the residual risk (see ``AcceptanceRule``).
    case acceptance
    /// Whether the score is within the acceptance threshold.
    case accepted
    /// The asset's value the score was computed with (kept for `merge`).
    case assetValue = "asset_value"

    /// The case's position in `allCases` (hashing a `String` raw value on the hot path costs more).
    public var ordinal: Int {
        switch self {
        case .id: 0
        case .assetID: 1
        case .asset: 2
        case .threat: 3
        case .vulnerability: 4
        case .threatLevel: 5
        case .vulnerabilityLevel: 6
        case .likelihood: 7
        case .impact: 8
        case .score: 9
        case .level: 10
        case .treatment: 11
        case .plan: 12
        case .controls: 13
        case .owner: 14
        case .due: 15
        case .approver: 16
        case .residualThreatLevel: 17
        case .residualVulnerabilityLevel: 18
        case .residualLikelihood: 19
        case .residualImpact: 20
        case .residualScore: 21
        case .residualLevel: 22
        case .residualWithinThreshold: 23
        case .status: 24
        case .approvedOn: 25
        case .acceptanceExpires: 26
        case .justification: 27
        case .acceptance: 28
        case .accepted: 29
        case .assetValue: 30
        }
    }
}

extension RiskField: SchemaField {
    public typealias Record = RiskRecord

    public static let schema = RegisterSchema<RiskField>(
        kind: .risks,
        sheetFields: [
            .id, .assetID, .asset, .threat, .vulnerability, .threatLevel, .vulnerabilityLevel, .assetValue, .likelihood, .impact,
            .score, .level, .accepted, .residualThreatLevel, .residualVulnerabilityLevel, .residualLikelihood, .residualImpact,
            .residualScore, .residualLevel, .residualWithinThreshold, .status, .approvedOn, .acceptanceExpires, .acceptance,
            .treatment, .plan, .controls, .owner, .due, .approver, .justification,
        ])

    public var descriptor: FieldDescriptor<RiskField> {
        typealias Entry = EntryColumn
        typealias T = LocalizedText
        switch self {
        case .id:
            return .text(
                \.id, headers: ["リスクID", "リスク番号", "No", "No.", "番号", "通番", "Risk ID", "Risk No"], title: T("リスクID", "Risk ID"),
                entry: { _ in
                    Entry(help: T("重複しない番号（例: R-001）。", "A unique number (e.g. R-001)."), examples: [T("R-001", "R-001"), T("R-002", "R-002")])
                })
        case .assetID:
            // Found in the asset register by the pipeline, so read by the rules.
            return .text(
                \.assetID, headers: ["資産ID", "資産番号", "管理番号", "Asset ID", "Asset No"], title: T("資産ID", "Asset ID"), reading: .rule,
                entry: { _ in
                    Entry(help: T("情報資産管理台帳の資産ID。", "The asset's id in the asset register."),
                          examples: [T("A-001", "A-001"), T("A-002", "A-002")])
                })
        case .asset:
            return .text(
                \.asset, headers: ["資産名", "情報資産名", "情報資産の名称", "情報資産名称", "情報資産", "資産", "Asset name", "Asset"],
                title: T("資産名", "Asset"), kind: .longText, reading: .rule,
                entry: { _ in
                    Entry(header: T("資産名", "Asset name"), help: T("資産IDがない場合は資産の名称。", "The asset's name, when there is no id."),
                          examples: [T("顧客名簿", "Customer list"), T("請求書控え（紙）", "Invoice copies (paper)")])
                })
        case .threat:
            return .text(
                \.threat, headers: ["脅威", "想定される脅威", "脅威の内容", "Threat"], title: T("脅威", "Threat"), kind: .longText,
                entry: { _ in
                    Entry(help: T("想定される脅威（必須）。", "The threat (required)."), examples: [T("漏えい", "Leak"), T("紛失・盗難", "Loss or theft")])
                })
        case .vulnerability:
            return .text(
                \.vulnerability, headers: ["脆弱性", "脆弱性の内容", "Vulnerability"], title: T("脆弱性", "Vulnerability"), kind: .longText,
                entry: { _ in
                    Entry(help: T("つけ込まれる弱点。", "The weakness it exploits."),
                          examples: [T("アクセス制御が不十分", "Weak access control"), T("施錠していない", "Not locked")])
                })
        case .threatLevel:
            return .level(
                \.threatLevel, scale: \.levelScale,
                headers: ["脅威レベル", "対策前脅威レベル", "脅威の起こりやすさ", "脅威の発生頻度", "脅威値", "脅威の大きさ", "Threat level"],
                title: T("脅威レベル", "Threat level"),
                entry: { profile in
                    Entry(help: T("脅威の起こりやすさ 1〜\(profile.levelScale)。", "How likely the threat is, 1–\(profile.levelScale)."),
                          allowed: .level(1...profile.levelScale), examples: [T("3", "3"), T("2", "2")])
                }, methods: [.detailed, .ipa])
        case .vulnerabilityLevel:
            return .level(
                \.vulnerabilityLevel, scale: \.levelScale,
                headers: ["脆弱性レベル", "対策前脆弱性レベル", "脆弱性のつけ込みやすさ", "脆弱性値", "脆弱性の大きさ", "Vulnerability level"],
                title: T("脆弱性レベル", "Vulnerability level"),
                entry: { profile in
                    Entry(help: T("脆弱性のつけ込みやすさ 1〜\(profile.levelScale)。", "How exploitable the weakness is, 1–\(profile.levelScale)."),
                          allowed: .level(1...profile.levelScale), examples: [T("2", "2"), T("3", "3")])
                }, methods: [.detailed, .ipa])
        case .likelihood:
            return .integer(
                \.likelihood, headers: ["発生可能性", "被害発生可能性", "起こりやすさ", "発生頻度", "Likelihood", "Probability"],
                title: T("発生可能性", "Likelihood"),
                entry: { profile in
                    Entry(help: T("発生可能性 1〜\(profile.likelihoodScale)。", "Likelihood, 1–\(profile.likelihoodScale)."),
                          allowed: .level(1...profile.likelihoodScale), examples: [T("4", "4"), T("2", "2")])
                }, methods: [.likelihoodImpact])
        case .impact:
            return .integer(
                \.impact, headers: ["影響度", "影響", "影響の大きさ", "Impact", "Consequence"], title: T("影響度", "Impact"),
                entry: { profile in
                    Entry(help: T("影響度 1〜\(profile.impactScale)。", "Impact, 1–\(profile.impactScale)."),
                          allowed: .level(1...profile.impactScale), examples: [T("5", "5"), T("3", "3")])
                }, methods: [.likelihoodImpact])
        case .score:
            var descriptor = FieldDescriptor<RiskField>.integer(
                \.score, headers: ["リスク値", "リスク評価値", "リスク値(算出)", "対策前リスク値", "リスク値(対策前)", "現状リスク値", "Risk score", "Score", "Risk value", "Risk level value"],
                title: T("リスク値", "Risk score"),
                entry: { profile in
                    Entry(help: T("リスク値 1〜\(profile.directScale)。", "Risk score, 1–\(profile.directScale)."),
                          allowed: .level(1...profile.directScale), examples: [T("8", "8"), T("3", "3")])
                }, methods: [.direct])
            descriptor.entered = { .integer($0.givenScore?.value) }
            return descriptor
        case .level:
            return FieldDescriptor(
                headers: [], title: T("リスクレベル", "Risk level"), kind: .text, reading: .computed, value: { .text($0.band?.name) },
                restore: { risk, value, profile in risk.band = try Self.band(named: value, in: profile) },
                display: { risk, language in .text(risk.band?.label(in: language)) })
        case .treatment:
            return .choice(
                \.treatment,
                headers: ["リスク対応", "対応", "対応方針", "リスク対応方針", "リスク対応の選択肢", "Treatment", "Risk treatment", "Response"],
                title: T("リスク対応", "Treatment"), label: \.label, what: "a treatment",
                entry: { _ in
                    Entry(help: T("低減／回避／移転／受容。受容基準を超えるリスクには必須。",
                                  "reduce, avoid, transfer or accept; required above the acceptance threshold."),
                          allowed: .list(japanese: Treatment.allCases.map(\.japanese), english: Treatment.allCases.map(\.rawValue), isStrict: true),
                          examples: [T("低減", "reduce"), T("受容", "accept")])
                })
        case .plan:
            return .text(
                \.plan, headers: ["対応策", "リスク対応策", "対策", "対策内容", "対応計画", "Treatment plan", "Plan", "Mitigation", "Action"],
                title: T("対応策", "Treatment plan"), kind: .longText,
                entry: { _ in
                    Entry(help: T("具体的な対応策。", "What will be done."), examples: [T("アクセス権を見直す", "Review access rights"), T("", "")])
                })
        case .controls:
            return FieldDescriptor(
                headers: ["管理策", "管理策番号", "適用管理策", "附属書A", "Controls", "Control", "Annex A controls", "Annex A"],
                title: T("管理策", "Controls"), kind: .list, reading: .rule, value: { .list($0.controls) },
                restore: { risk, value, _ in risk.controls = try value.list() },
                display: { risk, _ in .text(risk.controls.isEmpty ? nil : risk.controls.joined(separator: ", ")) },
                entered: { .text($0.controls.isEmpty ? nil : $0.controls.joined(separator: "; ")) },
                entry: { _ in
                    Entry(help: T("附属書Aの管理策番号（例: A.5.15; A.8.13）。", "Annex A controls (e.g. A.5.15; A.8.13)."),
                          examples: [T("A.5.15; A.8.3", "A.5.15; A.8.3"), T("", "")])
                })
        case .owner:
            return .text(
                \.owner, headers: ["リスク所有者", "担当者", "責任者", "対応責任者", "Risk owner", "Owner"], title: T("リスク所有者", "Risk owner"),
                entry: { _ in
                    Entry(help: T("リスクの責任者。", "Who owns the risk."),
                          examples: [T("営業部長", "Head of sales"), T("経理課長", "Accounting manager")])
                })
        case .due:
            return .date(
                \.due, headers: ["期限", "対応期限", "完了予定日", "完了期限", "Due date", "Due", "Deadline", "Target date"], title: T("期限", "Due"),
                entry: { _ in
                    Entry(header: T("期限", "Due date"), help: T("対応の期限。", "When the treatment is due."), allowed: .date,
                          examples: [T("2026/09/30", "2026/09/30"), T("", "")])
                })
        case .approver:
            return .text(
                \.approver, headers: ["承認者", "リスク受容承認者", "受容承認者", "Approver", "Approved by"], title: T("承認者", "Approver"),
                entry: { _ in
                    Entry(help: T("受容基準を超えるリスクを受容するときの承認者。", "Who approved accepting a risk above the threshold."),
                          examples: [T("", ""), T("情報セキュリティ委員長", "CISO")])
                })
        case .residualThreatLevel:
            return .level(
                \.residualThreatLevel, scale: \.levelScale, headers: ["対策後脅威レベル", "対策後の脅威レベル", "残留脅威レベル", "Residual threat level"],
                title: T("対策後脅威レベル", "Residual threat level"),
                entry: { profile in
                    Entry(help: T("対策後の脅威レベル 1〜\(profile.levelScale)。空欄は対策前と同じ。",
                                  "The threat level after treatment, 1–\(profile.levelScale); blank: as before."),
                          allowed: .level(1...profile.levelScale), examples: [T("2", "2"), T("", "")])
                }, methods: [.detailed, .ipa])
        case .residualVulnerabilityLevel:
            return .level(
                \.residualVulnerabilityLevel, scale: \.levelScale,
                headers: ["対策後脆弱性レベル", "対策後の脆弱性レベル", "残留脆弱性レベル", "Residual vulnerability level"],
                title: T("対策後脆弱性レベル", "Residual vulnerability level"),
                entry: { profile in
                    Entry(help: T("対策後の脆弱性レベル 1〜\(profile.levelScale)。空欄は対策前と同じ。",
                                  "The vulnerability level after treatment, 1–\(profile.levelScale); blank: as before."),
                          allowed: .level(1...profile.levelScale), examples: [T("1", "1"), T("", "")])
                }, methods: [.detailed, .ipa])
        case .residualLikelihood:
            return .integer(
                \.residualLikelihood, headers: ["対策後発生可能性", "対策後の被害発生可能性", "Residual likelihood"],
                title: T("対策後発生可能性", "Residual likelihood"),
                entry: { profile in
                    Entry(help: T("対策後の発生可能性 1〜\(profile.likelihoodScale)。空欄は対策前と同じ。",
                                  "Likelihood after treatment, 1–\(profile.likelihoodScale); blank: as before."),
                          allowed: .level(1...profile.likelihoodScale), examples: [T("2", "2"), T("", "")])
                }, methods: [.likelihoodImpact])
        case .residualImpact:
            return .integer(
                \.residualImpact, headers: ["対策後影響度", "Residual impact"], title: T("対策後影響度", "Residual impact"),
                entry: { profile in
                    Entry(help: T("対策後の影響度 1〜\(profile.impactScale)。空欄は対策前と同じ。",
                                  "Impact after treatment, 1–\(profile.impactScale); blank: as before."),
                          allowed: .level(1...profile.impactScale), examples: [T("3", "3"), T("", "")])
                }, methods: [.likelihoodImpact])
        case .residualScore:
            var descriptor = FieldDescriptor<RiskField>.integer(
                \.residualScore,
                headers: ["対策後リスク値", "残留リスク値", "残留リスク", "リスク値(対策後)", "Residual risk", "Residual score",
                          "Residual risk score"],
                title: T("対策後リスク値", "Residual score"),
                entry: { profile in
                    Entry(help: T("対策後のリスク値 1〜\(profile.directScale)。", "Risk score after treatment, 1–\(profile.directScale)."),
                          allowed: .level(1...profile.directScale), examples: [T("4", "4"), T("", "")])
                }, methods: [.direct])
            descriptor.entered = { .integer($0.givenResidualScore?.value) }
            return descriptor
        case .residualLevel:
            return FieldDescriptor(
                headers: [], title: T("対策後レベル", "Residual level"), kind: .text, reading: .computed, value: { .text($0.residualBand?.name) },
                restore: { risk, value, profile in risk.residualBand = try Self.band(named: value, in: profile) },
                display: { risk, language in .text(risk.residualBand?.label(in: language)) })
        case .residualWithinThreshold:
            return FieldDescriptor(
                headers: [], title: T("対策後受容可否", "Residual acceptable"), kind: .flag, reading: .computed,
                value: { .flag($0.residualWithinThreshold) },
                restore: { risk, value, _ in risk.residualWithinThreshold = try value.flag() },
                display: { risk, language in
                    .text(risk.residualWithinThreshold.map { ($0 ? T("受容可", "Acceptable") : T("要対応", "Treat")).text(in: language) })
                })
        case .status:
            return .choice(
                \.status, headers: ["対応状況", "進捗", "実施状況", "進捗状況", "対策状況", "Status", "Treatment status", "Progress"],
                title: T("対応状況", "Status"), label: \.label, what: "a status",
                entry: { _ in
                    Entry(help: T("未着手／実施中／完了。", "planned, in_progress or done."),
                          allowed: .list(japanese: TreatmentStatus.allCases.map(\.label.japanese),
                                         english: TreatmentStatus.allCases.map(\.rawValue), isStrict: true),
                          examples: [T("実施中", "in_progress"), T("完了", "done")])
                })
        case .approvedOn:
            return .date(
                \.approvedOn, headers: ["承認日", "受容日", "受容承認日", "Approved on", "Accepted on", "Approval date"], title: T("承認日", "Approved on"),
                entry: { _ in
                    Entry(help: T("リスク所有者が対応計画と残留リスクを承認した日。", "When the risk owner approved the plan and accepted the residual risk."),
                          allowed: .date, examples: [T("2026/04/01", "2026/04/01"), T("", "")])
                })
        case .acceptanceExpires:
            return .date(
                \.acceptanceExpires, headers: ["受容期限", "見直し期限", "受容の有効期限", "Review by", "Acceptance expires", "Expires"],
                title: T("受容期限", "Acceptance expires"),
                entry: { _ in
                    Entry(help: T("受容を見直す期限。", "When the acceptance is to be reviewed."), allowed: .date,
                          examples: [T("2027/03/31", "2027/03/31"), T("", "")])
                })
        case .justification:
            return .text(
                \.justification, headers: ["受容理由", "承認理由", "判断理由", "Justification", "Acceptance rationale"], title: T("受容理由", "Justification"),
                kind: .longText,
                entry: { _ in
                    Entry(help: T("残留リスクを受容する理由。", "Why the residual risk is accepted."),
                          examples: [T("対策費用が想定損失を上回る", "Cost of control exceeds the expected loss"), T("", "")])
                })
        case .acceptance:
            return FieldDescriptor(
                headers: [], title: T("受容状況", "Acceptance"), kind: .text, reading: .computed, value: { .text($0.acceptance?.rawValue) },
                restore: { risk, value, _ in
                    risk.acceptance = try value.text().map { raw in
                        guard let state = AcceptanceState(rawValue: raw) else { throw FieldValueError("not an acceptance state: \"\(raw)\"") }
                        return state
                    }
                },
                display: { risk, language in .text(risk.acceptance?.label.text(in: language)) })
        case .accepted:
            return FieldDescriptor(
                headers: [], title: T("受容可否", "Acceptable"), kind: .flag, reading: .computed, value: { .flag($0.isAccepted) },
                restore: { risk, value, _ in risk.isAccepted = try value.flag() },
                display: { risk, language in
                    .text(risk.isAccepted.map { ($0 ? T("受容可", "Acceptable") : T("要対応", "Treat")).text(in: language) })
                })
        case .assetValue:
            return .integer(\.assetValue, headers: [], title: T("資産価値", "Asset value"), presence: .batchOnly)
        }
    }

    /// The band of `profile` a record names.
    private static func band(named value: FieldValue, in profile: ScoringProfile) throws -> RiskBand? {
        try value.text().map { name in
            guard let band = profile.bands.first(where: { $0.name == name }) else {
                throw FieldValueError("not a level of the profile '\(profile.name)': \"\(name)\"")
            }
            return band
        }
    }
}
