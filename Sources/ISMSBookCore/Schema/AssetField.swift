/// The asset register (情報資産管理台帳): its fields in the order `normalize` writes them, each
/// with everything about it. The raw value is the field's JSON key, also accepted as a header.
public enum AssetField: String, Sendable, CaseIterable, Hashable {
    case id, name, category, owner, department, location, medium, users
    case personalData = "personal_data"
    case confidentiality, integrity, availability
    /// 重要度: computed by ``AssetValuer``; a value given in the file is compared with it.
    case value
    /// The last day of retention, from a date or from a period counted from the recording date.
    case retentionUntil = "retention_until"
    case retention
    case recordedOn = "recorded_on"
    case notes
    /// IPA sheets keep 要配慮個人情報 and 特定個人情報 in flag columns of their own, folded into
    /// ``personalData``.
    case personalDataSensitive = "personal_data_sensitive"
    case personalDataMyNumber = "personal_data_my_number"

    /// The fields each row must have.
    public static let required: [AssetField] = [.name]

    /// The case's position in `allCases` (hashing a `String` raw value on the hot path costs more).
    public var ordinal: Int {
        switch self {
        case .id: 0
        case .name: 1
        case .category: 2
        case .owner: 3
        case .department: 4
        case .location: 5
        case .medium: 6
        case .users: 7
        case .personalData: 8
        case .confidentiality: 9
        case .integrity: 10
        case .availability: 11
        case .value: 12
        case .retentionUntil: 13
        case .retention: 14
        case .recordedOn: 15
        case .notes: 16
        case .personalDataSensitive: 17
        case .personalDataMyNumber: 18
        }
    }
}

extension AssetField: SchemaField {
    public typealias Record = AssetRecord

    public static let schema = RegisterSchema<AssetField>(
        kind: .assets,
        sheetFields: [
            .id, .name, .category, .owner, .department, .location, .medium, .users, .personalData, .confidentiality, .integrity,
            .availability, .value, .retention, .retentionUntil, .recordedOn, .notes,
        ])

    public var descriptor: FieldDescriptor<AssetField> {
        typealias Entry = EntryColumn
        typealias T = LocalizedText
        switch self {
        case .id:
            return .text(
                \.id, headers: ["資産ID", "資産番号", "管理番号", "No", "No.", "番号", "通番", "ID", "Asset ID", "Asset No"],
                title: T("資産ID", "Asset ID"),
                entry: { _ in
                    Entry(help: T("部署内で重複しない番号（例: A-001）。リスクの資産IDから参照されます。",
                                  "A number unique in the department (e.g. A-001); risks refer to it."),
                          examples: [T("A-001", "A-001"), T("A-002", "A-002")])
                })
        case .name:
            return .text(
                \.name,
                headers: ["情報資産の名称", "情報資産名称", "情報資産名", "資産名", "資産名称", "名称", "Asset name", "Asset", "Information asset"],
                title: T("情報資産の名称", "Name"), kind: .longText,
                entry: { _ in
                    Entry(help: T("情報資産の名称（必須）。取扱いと重要度が同じものはまとめて構いません。", "The asset's name (required)."),
                          examples: [T("顧客名簿", "Customer list"), T("請求書控え（紙）", "Invoice copies (paper)")])
                })
        case .category:
            return .text(
                \.category, headers: ["分類", "業務分類", "種別", "資産分類", "資産の種類", "Category", "Asset type", "Type"],
                title: T("分類", "Category"),
                entry: { _ in
                    Entry(help: T("業務分類（経理、人事など）。", "Business category."), examples: [T("営業", "Sales"), T("経理", "Accounting")])
                })
        case .owner:
            return .text(
                \.owner, headers: ["管理者", "情報資産の管理者", "責任者", "管理責任者", "資産管理者", "所有者", "Owner", "Asset owner", "Manager"],
                title: T("管理者", "Owner"),
                entry: { _ in
                    Entry(help: T("情報資産の管理責任者。", "Who is responsible for the asset."),
                          examples: [T("営業部長", "Head of sales"), T("経理課長", "Accounting manager")])
                })
        case .department:
            return .text(
                \.department, headers: ["管理部署", "部署", "部門", "所管部署", "担当部署", "部署名", "Department", "Dept", "Division"],
                title: T("管理部署", "Department"),
                entry: { _ in
                    Entry(help: T("管理する部署。", "The department that manages it."), examples: [T("営業部", "Sales"), T("経理部", "Accounting")])
                })
        case .location:
            return .text(
                \.location, headers: ["保管場所", "保存先", "保存場所", "保管先", "所在", "所在地", "Location", "Storage location", "Storage"],
                title: T("保管場所", "Location"), kind: .longText,
                entry: { _ in
                    Entry(help: T("保管場所・保存先（キャビネット、サーバー名など）。", "Where it is kept."),
                          examples: [T("社内サーバー", "File server"), T("キャビネットB", "Cabinet B")])
                })
        case .medium:
            return .text(
                \.medium, headers: ["媒体", "媒体・保存先", "媒体種別", "形態", "Medium", "Media"], title: T("媒体", "Medium"),
                entry: { _ in
                    Entry(help: T("媒体。一覧から選ぶか、当てはまらなければ記入。", "The medium; pick one or write another."), allowed: Self.media,
                          examples: [T("社内サーバー", "internal server"), T("書類", "paper")])
                })
        case .users:
            return .text(
                \.users, headers: ["利用者範囲", "利用者", "利用範囲", "利用者の範囲", "アクセス範囲", "Users", "User scope", "Access"],
                title: T("利用者範囲", "Users"), kind: .longText,
                entry: { _ in
                    Entry(help: T("利用してよい人の範囲。", "Who may use it."), examples: [T("営業部", "Sales"), T("経理部", "Accounting")])
                })
        case .personalData:
            return .choice(
                \.personalData,
                headers: ["個人情報", "個人情報の種類", "個人情報の有無", "個人情報区分", "Personal data", "Personal information", "PII"],
                title: T("個人情報", "Personal data"), label: \.label, what: "a kind of personal data",
                entry: { _ in
                    Entry(help: T("含まれる個人情報の種類（なし／個人情報／要配慮個人情報／特定個人情報）。",
                                  "The personal data it holds (none, personal, sensitive, my_number)."),
                          allowed: .list(japanese: PersonalDataKind.allCases.map(\.japanese), english: PersonalDataKind.allCases.map(\.rawValue),
                                         isStrict: true),
                          examples: [T("個人情報", "personal"), T("なし", "none")])
                })
        case .confidentiality:
            return Self.rating(\.confidentiality, headers: ["機密性", "C", "Confidentiality"], title: T("機密性", "Confidentiality"),
                               help: { T("機密性の評価値 \($0)（高いほど重要）。", "Confidentiality rating \($0) (higher is more important).") },
                               examples: ["3", "2"])
        case .integrity:
            return Self.rating(\.integrity, headers: ["完全性", "I", "Integrity"], title: T("完全性", "Integrity"),
                               help: { T("完全性の評価値 \($0)。", "Integrity rating \($0).") }, examples: ["2", "2"])
        case .availability:
            return Self.rating(\.availability, headers: ["可用性", "A", "Availability"], title: T("可用性", "Availability"),
                               help: { T("可用性の評価値 \($0)。", "Availability rating \($0).") }, examples: ["2", "1"])
        case .value:
            return .integer(
                \.value, headers: ["重要度", "資産価値", "資産の重要度", "Value", "Asset value", "Importance"], title: T("重要度", "Value"))
        case .retentionUntil:
            var descriptor = FieldDescriptor<AssetField>.date(\.retentionUntil, headers: [], title: T("保管期限", "Retain until"))
            descriptor.display = { asset, language in
                asset.isRetentionPermanent ? .text(T("永年", "Permanent").text(in: language)) : .date(asset.retentionUntil)
            }
            return descriptor
        case .retention:
            // The text as written (normalised); whether it is permanent is read from it again.
            return FieldDescriptor(
                headers: ["保管期間", "保存期限", "保存期間", "保管期限", "Retention", "Retention period", "Keep until"],
                title: T("保管期間", "Retention"), kind: .text, reading: .rule, value: { .text($0.retention) },
                restore: { asset, value, _ in
                    asset.retention = try value.text()
                    if let text = asset.retention, case .retention(.permanent, _) = RetentionParser.parse(text) {
                        asset.isRetentionPermanent = true
                    }
                },
                entry: { _ in
                    Entry(help: T("保管期間（5年、永年など）または保存期限の日付。", "How long it is kept (5 years, permanent) or until when."),
                          examples: [T("5年", "5 years"), T("7年", "7 years")])
                })
        case .recordedOn:
            return .date(
                \.recordedOn,
                headers: ["記入日", "登録日", "作成日", "記載日", "Recorded on", "Registered on", "Date recorded", "Entry date"],
                title: T("記入日", "Recorded on"),
                entry: { _ in
                    Entry(help: T("記入した日付。保管期間はこの日から数えます。", "The date of the entry; retention counts from it."), allowed: .date,
                          examples: [T("2026/04/01", "2026/04/01"), T("2026/04/01", "2026/04/01")])
                })
        case .notes:
            return .text(
                \.notes, headers: ["備考", "摘要", "Notes", "Note", "Remarks", "Comments", "Comment"], title: T("備考", "Notes"),
                kind: .longText,
                entry: { _ in Entry(help: T("補足。", "Anything else."), examples: [T("", ""), T("取引先別に綴じる", "Filed by customer")]) })
        case .personalDataSensitive:
            return Self.personalDataFlag(headers: ["要配慮個人情報", "Sensitive personal data"], title: T("要配慮個人情報", "Sensitive personal data"))
        case .personalDataMyNumber:
            return Self.personalDataFlag(
                headers: ["特定個人情報", "マイナンバー", "Specific personal information", "My number"], title: T("特定個人情報", "My number"))
        }
    }

    /// A C/I/A rating on the profile's level scale.
    private static func rating(
        _ path: any WritableKeyPath<AssetRecord, Int?> & Sendable, headers: [String], title: LocalizedText,
        help: @escaping @Sendable (String) -> LocalizedText, examples: [String]
    ) -> FieldDescriptor<AssetField> {
        .integer(path, headers: headers, title: title, entry: { profile in
            EntryColumn(help: help("1〜\(profile.levelScale)"), allowed: .level(1...profile.levelScale),
                        examples: examples.map { LocalizedText($0, $0) })
        })
    }

    /// An IPA-style yes/no column for one kind of personal data, read into ``personalData``.
    private static func personalDataFlag(headers: [String], title: LocalizedText) -> FieldDescriptor<AssetField> {
        FieldDescriptor(
            headers: headers, title: title, kind: .flag, reading: .rule, presence: .never, value: { _ in .flag(nil) },
            restore: { _, _, _ in })
    }

    /// The media of the IPA risk analysis sheet's 媒体・保存先 pull-down; others are allowed with a warning.
    static let media = EntryColumn.Allowed.list(
        japanese: ["書類", "事務所PC", "可搬電子媒体", "モバイル機器", "社内サーバー", "社外サーバー"],
        english: ["paper", "office PC", "removable media", "mobile device", "internal server", "external server"], isStrict: false)
}
