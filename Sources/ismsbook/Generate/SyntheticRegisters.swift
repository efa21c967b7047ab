import Foundation
import ISMSBookCore

/// Writes deterministic synthetic registers for benchmarks and demonstrations: Japanese text,
/// quoted cells with commas and line breaks, C/I/A ratings in the forms departments use, dates in
/// several notations, treatments and control lists. The asset register has 14 columns.
struct SyntheticRegisters {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// The asset register's columns, under the register sheet's Japanese headings.
    static let assetFields: [AssetField] = [
        .id, .name, .category, .owner, .department, .location, .medium, .users, .personalData, .confidentiality, .integrity,
        .availability, .retention, .recordedOn,
    ]
    /// The risk register's columns (for the default `detailed` method).
    static let riskFields: [RiskField] = [
        .id, .assetID, .threat, .vulnerability, .threatLevel, .vulnerabilityLevel, .treatment, .plan, .controls, .owner, .due,
        .approver,
    ]
    static var assetHeader: [String] { assetFields.map { AssetField.schema[$0].title.japanese } }
    static var riskHeader: [String] { riskFields.map { RiskField.schema[$0].title.japanese } }

    private static let departments = ["経理部", "人事部", "総務部", "営業部", "開発部", "情報システム部", "法務部", "購買部"]
    private static let subjects = [
        "顧客名簿", "請求書控え", "給与データ", "人事評価記録", "契約書", "見積書", "設計書", "ソースコード", "会計データ",
        "議事録", "健康診断結果", "採用応募書類", "取引先マスタ", "バックアップテープ", "アクセスログ", "社員名簿",
    ]
    private static let categories = ["経理", "人事", "総務", "営業", "開発", "労務", "法務"]
    private static let owners = ["部長", "課長", "係長", "主任", "担当者"]
    private static let locations = ["社内サーバー", "キャビネットA（施錠）", "クラウド（東京リージョン）", "事務所PC", "書庫, 2階", "金庫"]
    private static let media = ["書類", "社内サーバー", "事務所PC", "可搬電子媒体", "モバイル機器", "社外サーバー"]
    private static let users = ["部内", "全社員", "役員のみ", "担当者のみ", "部内、委託先"]
    private static let personal = ["なし", "有", "個人情報", "要配慮個人情報", "特定個人情報", "×", "○"]
    private static let ratings = ["1", "2", "3", "高", "中", "低", "３", "２", "H", "M", "L"]
    private static let retentions = ["1年", "3年", "5年", "７年", "10年", "永年", "5 years"]
    private static let threats = [
        "ランサムウェア感染", "紛失・盗難", "誤送信", "不正アクセス", "内部不正による持ち出し", "システム障害", "災害（地震、火災）",
        "委託先からの漏えい", "なりすましメール",
    ]
    private static let vulnerabilities = [
        "バックアップが同一ネットワーク上にある", "施錠管理が不十分", "宛先確認の手順がない", "パスワードの使い回し",
        "アクセスログを確認していない", "冗長化されていない", "委託先の管理状況を確認していない", "教育が不十分",
    ]
    private static let treatments = ["低減", "回避", "移転", "受容", "reduce", "リスク低減", "保有"]
    private static let plans = [
        "オフラインバックアップを週次で取得する", "書庫を施錠し、鍵の管理簿をつける", "送信前に上長が宛先を確認する\n（ダブルチェック）",
        "多要素認証を導入する", "アクセスログを月次で確認する", "サイバー保険に加入する",
    ]
    private static let controls = ["A.8.13", "A.5.10", "8.7", "A.7.10", "A.5.14; A.5.19", "a.8.15、A.5.18", "A.8.24|A.8.5"]

    private mutating func pick(_ list: [String]) -> String {
        list[Int(random.next() % UInt64(list.count))]
    }

    private mutating func number(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.count))
    }

    private mutating func date() -> String {
        let year = number(2019...2025)
        // 令和 began on 2019-05-01, so 2019 dates start in May.
        let month = year == 2019 ? number(5...12) : number(1...12)
        let day = number(1...28)
        switch random.next() % 4 {
        case 0: return "\(year)/\(month)/\(day)"
        case 1: return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        case 2: return "令和\(year - 2018)年\(month)月\(day)日"
        default: return "R\(year - 2018).\(month).\(day)"
        }
    }

    /// The asset register's row `index` (0-based), one cell per field of ``assetFields``.
    mutating func assetRow(_ index: Int) -> [String] {
        let department = pick(Self.departments)
        var row: [String] = []
        for field in Self.assetFields {
            switch field {
            case .id: row.append(Self.assetID(index))
            case .name: row.append("\(pick(Self.subjects))（\(department)、第\(index % 97 + 1)版）")
            case .category: row.append(pick(Self.categories))
            case .owner: row.append(department + pick(Self.owners))
            case .department: row.append(department)
            case .location: row.append(pick(Self.locations))
            case .medium: row.append(pick(Self.media))
            case .users: row.append(pick(Self.users))
            case .personalData: row.append(pick(Self.personal))
            case .confidentiality, .integrity, .availability: row.append(pick(Self.ratings))
            case .retention: row.append(pick(Self.retentions))
            case .recordedOn: row.append(date())
            default: row.append("")
            }
        }
        return row
    }

    /// The risk register's row `index`, about an asset among the first `assetCount`, one cell per
    /// field of ``riskFields``.
    mutating func riskRow(_ index: Int, assetCount: Int) -> [String] {
        let asset = Self.assetID(number(0...max(assetCount - 1, 0)))
        let treatment = pick(Self.treatments)
        var row: [String] = []
        for field in Self.riskFields {
            switch field {
            case .id: row.append("R-\(index + 1)")
            case .assetID: row.append(asset)
            case .threat: row.append(pick(Self.threats))
            case .vulnerability: row.append(pick(Self.vulnerabilities))
            case .threatLevel, .vulnerabilityLevel: row.append(String(number(1...3)))
            case .treatment: row.append(treatment)
            case .plan: row.append(pick(Self.plans))
            case .controls: row.append(pick(Self.controls))
            case .owner: row.append(pick(Self.owners))
            case .due: row.append(date())
            case .approver: row.append(Treatment.parse(treatment) == .accept ? "情報セキュリティ委員長" : "")
            default: row.append("")
            }
        }
        return row
    }

    static func assetID(_ index: Int) -> String {
        let digits = String(index + 1)
        return "A-" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }

    /// One CSV line (CRLF, RFC 4180 quoting where needed).
    static func csvLine(_ cells: [String]) -> String {
        cells.map { cell in
            cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }.joined(separator: ",") + "\r\n"
    }
}
