/// The columns of the fill-in template departments are handed (`ismsbook template`): headers
/// that ismsbook reads back, what each column means, and what it allows.
///
/// Handing every department one prescribed format is the usual advice for consolidating
/// registers; the headers here are among the aliases ``AssetField`` and ``RiskField`` accept, so a
/// filled template reads back exactly like the same data typed into a CSV.
public enum RegisterTemplate {
    /// What a column allows, for the template's data validation.
    public enum Allowed: Sendable, Equatable {
        /// Free text.
        case text
        /// A whole number in a range (a rating on the profile's scale).
        case level(ClosedRange<Int>)
        /// One of these words (Japanese and English lists).
        case list(japanese: [String], english: [String], isStrict: Bool)
        /// A date.
        case date
    }

    /// One column of a template sheet.
    public struct Column: Sendable {
        /// The header in Japanese.
        public var japanese: String
        /// The header in English.
        public var english: String
        /// What to write, in Japanese.
        public var helpJapanese: String
        /// What to write, in English.
        public var helpEnglish: String
        /// What the column allows.
        public var allowed: Allowed
        /// An example value for the instructions sheet's sample rows (Japanese, English).
        public var examples: [(String, String)]

        /// The header in a language.
        public func header(in language: Language) -> String { language.pick(japanese, english) }
        /// The help text in a language.
        public func help(in language: Language) -> String { language.pick(helpJapanese, helpEnglish) }
    }

    static let personalData = Allowed.list(
        japanese: ["なし", "個人情報", "要配慮個人情報", "特定個人情報"], english: ["none", "personal", "sensitive", "my_number"],
        isStrict: true)
    static let treatments = Allowed.list(
        japanese: ["低減", "回避", "移転", "受容"], english: ["reduce", "avoid", "transfer", "accept"], isStrict: true)
    /// The media of the IPA risk analysis sheet's 媒体・保存先 pull-down; others are allowed with a warning.
    static let media = Allowed.list(
        japanese: ["書類", "事務所PC", "可搬電子媒体", "モバイル機器", "社内サーバー", "社外サーバー"],
        english: ["paper", "office PC", "removable media", "mobile device", "internal server", "external server"],
        isStrict: false)

    /// The asset register's columns.
    public static func assetColumns(profile: ScoringProfile) -> [Column] {
        let rating = Allowed.level(1...profile.levelScale)
        let scale = "1〜\(profile.levelScale)"
        return [
            Column(japanese: "資産ID", english: "Asset ID", helpJapanese: "部署内で重複しない番号（例: A-001）。リスクの資産IDから参照されます。",
                   helpEnglish: "A number unique in the department (e.g. A-001); risks refer to it.", allowed: .text,
                   examples: [("A-001", "A-001"), ("A-002", "A-002")]),
            Column(japanese: "情報資産の名称", english: "Name", helpJapanese: "情報資産の名称（必須）。取扱いと重要度が同じものはまとめて構いません。",
                   helpEnglish: "The asset's name (required).", allowed: .text,
                   examples: [("顧客名簿", "Customer list"), ("請求書控え（紙）", "Invoice copies (paper)")]),
            Column(japanese: "分類", english: "Category", helpJapanese: "業務分類（経理、人事など）。", helpEnglish: "Business category.",
                   allowed: .text, examples: [("営業", "Sales"), ("経理", "Accounting")]),
            Column(japanese: "管理者", english: "Owner", helpJapanese: "情報資産の管理責任者。", helpEnglish: "Who is responsible for the asset.",
                   allowed: .text, examples: [("営業部長", "Head of sales"), ("経理課長", "Accounting manager")]),
            Column(japanese: "管理部署", english: "Department", helpJapanese: "管理する部署。", helpEnglish: "The department that manages it.",
                   allowed: .text, examples: [("営業部", "Sales"), ("経理部", "Accounting")]),
            Column(japanese: "保管場所", english: "Location", helpJapanese: "保管場所・保存先（キャビネット、サーバー名など）。",
                   helpEnglish: "Where it is kept.", allowed: .text, examples: [("社内サーバー", "File server"), ("キャビネットB", "Cabinet B")]),
            Column(japanese: "媒体", english: "Medium", helpJapanese: "媒体。一覧から選ぶか、当てはまらなければ記入。", helpEnglish: "The medium; pick one or write another.",
                   allowed: media, examples: [("社内サーバー", "internal server"), ("書類", "paper")]),
            Column(japanese: "利用者範囲", english: "Users", helpJapanese: "利用してよい人の範囲。", helpEnglish: "Who may use it.",
                   allowed: .text, examples: [("営業部", "Sales"), ("経理部", "Accounting")]),
            Column(japanese: "個人情報", english: "Personal data", helpJapanese: "含まれる個人情報の種類（なし／個人情報／要配慮個人情報／特定個人情報）。",
                   helpEnglish: "The personal data it holds (none, personal, sensitive, my_number).", allowed: personalData,
                   examples: [("個人情報", "personal"), ("なし", "none")]),
            Column(japanese: "機密性", english: "Confidentiality", helpJapanese: "機密性の評価値 \(scale)（高いほど重要）。",
                   helpEnglish: "Confidentiality rating \(scale) (higher is more important).", allowed: rating, examples: [("3", "3"), ("2", "2")]),
            Column(japanese: "完全性", english: "Integrity", helpJapanese: "完全性の評価値 \(scale)。", helpEnglish: "Integrity rating \(scale).",
                   allowed: rating, examples: [("2", "2"), ("2", "2")]),
            Column(japanese: "可用性", english: "Availability", helpJapanese: "可用性の評価値 \(scale)。", helpEnglish: "Availability rating \(scale).",
                   allowed: rating, examples: [("2", "2"), ("1", "1")]),
            Column(japanese: "保管期間", english: "Retention", helpJapanese: "保管期間（5年、永年など）または保存期限の日付。",
                   helpEnglish: "How long it is kept (5 years, permanent) or until when.", allowed: .text,
                   examples: [("5年", "5 years"), ("7年", "7 years")]),
            Column(japanese: "記入日", english: "Recorded on", helpJapanese: "記入した日付。保管期間はこの日から数えます。",
                   helpEnglish: "The date of the entry; retention counts from it.", allowed: .date,
                   examples: [("2026/04/01", "2026/04/01"), ("2026/04/01", "2026/04/01")]),
            Column(japanese: "備考", english: "Notes", helpJapanese: "補足。", helpEnglish: "Anything else.", allowed: .text,
                   examples: [("", ""), ("取引先別に綴じる", "Filed by customer")]),
        ]
    }

    /// The risk register's columns, with the rating columns of the profile's method.
    public static func riskColumns(profile: ScoringProfile) -> [Column] {
        let level = Allowed.level(1...profile.levelScale)
        var ratings: [Column]
        switch profile.method {
        case .detailed, .ipa:
            ratings = [
                Column(japanese: "脅威レベル", english: "Threat level", helpJapanese: "脅威の起こりやすさ 1〜\(profile.levelScale)。",
                       helpEnglish: "How likely the threat is, 1–\(profile.levelScale).", allowed: level, examples: [("3", "3"), ("2", "2")]),
                Column(japanese: "脆弱性レベル", english: "Vulnerability level", helpJapanese: "脆弱性のつけ込みやすさ 1〜\(profile.levelScale)。",
                       helpEnglish: "How exploitable the weakness is, 1–\(profile.levelScale).", allowed: level,
                       examples: [("2", "2"), ("3", "3")]),
            ]
        case .likelihoodImpact:
            ratings = [
                Column(japanese: "発生可能性", english: "Likelihood", helpJapanese: "発生可能性 1〜\(profile.likelihoodScale)。",
                       helpEnglish: "Likelihood, 1–\(profile.likelihoodScale).", allowed: .level(1...profile.likelihoodScale),
                       examples: [("4", "4"), ("2", "2")]),
                Column(japanese: "影響度", english: "Impact", helpJapanese: "影響度 1〜\(profile.impactScale)。",
                       helpEnglish: "Impact, 1–\(profile.impactScale).", allowed: .level(1...profile.impactScale), examples: [("5", "5"), ("3", "3")]),
            ]
        case .direct:
            ratings = [
                Column(japanese: "リスク値", english: "Risk score", helpJapanese: "リスク値 1〜\(profile.directScale)。",
                       helpEnglish: "Risk score, 1–\(profile.directScale).", allowed: .level(1...profile.directScale),
                       examples: [("8", "8"), ("3", "3")]),
            ]
        }
        return [
            Column(japanese: "リスクID", english: "Risk ID", helpJapanese: "重複しない番号（例: R-001）。", helpEnglish: "A unique number (e.g. R-001).",
                   allowed: .text, examples: [("R-001", "R-001"), ("R-002", "R-002")]),
            Column(japanese: "資産ID", english: "Asset ID", helpJapanese: "情報資産管理台帳の資産ID。", helpEnglish: "The asset's id in the asset register.",
                   allowed: .text, examples: [("A-001", "A-001"), ("A-002", "A-002")]),
            Column(japanese: "資産名", english: "Asset name", helpJapanese: "資産IDがない場合は資産の名称。", helpEnglish: "The asset's name, when there is no id.",
                   allowed: .text, examples: [("顧客名簿", "Customer list"), ("請求書控え（紙）", "Invoice copies (paper)")]),
            Column(japanese: "脅威", english: "Threat", helpJapanese: "想定される脅威（必須）。", helpEnglish: "The threat (required).",
                   allowed: .text, examples: [("漏えい", "Leak"), ("紛失・盗難", "Loss or theft")]),
            Column(japanese: "脆弱性", english: "Vulnerability", helpJapanese: "つけ込まれる弱点。", helpEnglish: "The weakness it exploits.",
                   allowed: .text, examples: [("アクセス制御が不十分", "Weak access control"), ("施錠していない", "Not locked")]),
        ] + ratings + [
            Column(japanese: "リスク対応", english: "Treatment", helpJapanese: "低減／回避／移転／受容。受容基準を超えるリスクには必須。",
                   helpEnglish: "reduce, avoid, transfer or accept; required above the acceptance threshold.", allowed: treatments,
                   examples: [("低減", "reduce"), ("受容", "accept")]),
            Column(japanese: "対応策", english: "Treatment plan", helpJapanese: "具体的な対応策。", helpEnglish: "What will be done.",
                   allowed: .text, examples: [("アクセス権を見直す", "Review access rights"), ("", "")]),
            Column(japanese: "管理策", english: "Controls", helpJapanese: "附属書Aの管理策番号（例: A.5.15; A.8.13）。",
                   helpEnglish: "Annex A controls (e.g. A.5.15; A.8.13).", allowed: .text, examples: [("A.5.15; A.8.3", "A.5.15; A.8.3"), ("", "")]),
            Column(japanese: "リスク所有者", english: "Risk owner", helpJapanese: "リスクの責任者。", helpEnglish: "Who owns the risk.",
                   allowed: .text, examples: [("営業部長", "Head of sales"), ("経理課長", "Accounting manager")]),
            Column(japanese: "期限", english: "Due date", helpJapanese: "対応の期限。", helpEnglish: "When the treatment is due.", allowed: .date,
                   examples: [("2026/09/30", "2026/09/30"), ("", "")]),
            Column(japanese: "承認者", english: "Approver", helpJapanese: "受容基準を超えるリスクを受容するときの承認者。",
                   helpEnglish: "Who approved accepting a risk above the threshold.", allowed: .text, examples: [("", ""), ("情報セキュリティ委員長", "CISO")]),
        ]
    }
}
