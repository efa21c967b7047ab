import Foundation
@testable import ISMSBookCore
import Testing

struct PersonalDataKindTests {
    @Test(arguments: [
        ("なし", PersonalDataKind.none), ("無", PersonalDataKind.none), ("×", PersonalDataKind.none),
        ("no", PersonalDataKind.none), ("None", PersonalDataKind.none), ("-", nil),
        ("個人情報", .personal), ("有", .personal), ("あり", .personal), ("○", .personal), ("〇", .personal), ("yes", .personal),
        ("Yes", .personal), ("personal", .personal), ("要配慮個人情報", .sensitive), ("要配慮", .sensitive),
        ("sensitive", .sensitive), ("特定個人情報", .myNumber), ("マイナンバー", .myNumber), ("my_number", .myNumber),
        ("My number", .myNumber), ("個人情報、要配慮個人情報", .sensitive), ("個人情報/特定個人情報", .myNumber),
        ("顧客", nil),
    ] as [(String, PersonalDataKind?)])
    func readsPersonalData(input: String, expected: PersonalDataKind?) {
        #expect(PersonalDataKind.parse(input) == expected)
    }
}

struct TreatmentTests {
    @Test(arguments: [
        ("低減", Treatment.reduce), ("軽減", .reduce), ("リスク低減", .reduce), ("reduce", .reduce), ("Mitigate", .reduce),
        ("回避", .avoid), ("リスク回避", .avoid), ("avoid", .avoid), ("移転", .transfer), ("共有", .transfer),
        ("Transfer", .transfer), ("受容", .accept), ("保有", .accept), ("リスク保有", .accept), ("accept", .accept),
        ("ＡＣＣＥＰＴ", .accept), ("受容する", .accept), ("未定", nil), ("", nil),
    ] as [(String, Treatment?)])
    func readsTreatments(input: String, expected: Treatment?) {
        #expect(Treatment.parse(input) == expected)
    }
}

struct ControlListParserTests {
    @Test func normalisesDeduplicatesAndKeepsFirstSeenOrder() {
        let result = ControlListParser.parse("A.8.13; 8.13、a.5.10")
        #expect(result.controls == ["A.8.13", "A.5.10"])
        #expect(result.unrecognised.isEmpty)
    }

    @Test(arguments: [
        ("A.5.14|A.5.19", ["A.5.14", "A.5.19"]), ("A.8.26, A.8.28,\nA.8.20", ["A.8.26", "A.8.28", "A.8.20"]),
        ("Ａ．８．１３", ["A.8.13"]), ("A8.13", ["A.8.13"]), ("A.12.3.1", ["A.12.3.1"]), ("8.07", ["A.8.7"]),
    ])
    func readsSeparatorsAndForms(input: String, expected: [String]) {
        #expect(ControlListParser.parse(input).controls == expected)
    }

    @Test func keepsWhatIsNotAReference() {
        let result = ControlListParser.parse("A.8.13; ウイルス対策")
        #expect(result.controls == ["A.8.13", "ウイルス対策"])
        #expect(result.unrecognised == ["ウイルス対策"])
    }
}

struct RetentionParserTests {
    @Test(arguments: [
        ("5年", 60), ("５年", 60), ("7年間", 84), ("5年保存", 60), ("7 years", 84), ("1 year", 12), ("6ヶ月", 6),
        ("18 months", 18),
    ])
    func readsPeriods(input: String, months: Int) {
        #expect(RetentionParser.parse(input) == .retention(.period(months: months), warning: nil))
    }

    @Test(arguments: ["永年", "永久", "永年保存", "permanent", "Indefinite"])
    func readsPermanent(input: String) {
        #expect(RetentionParser.parse(input) == .retention(.permanent, warning: nil))
    }

    @Test func readsADate() throws {
        let date = try #require(CalendarDate(year: 2030, month: 3, day: 31))
        #expect(RetentionParser.parse("令和12年3月31日") == .retention(.until(date), warning: nil))
    }

    @Test func computesThePeriodFromTheRecordingDate() throws {
        let recorded = try #require(CalendarDate(year: 2020, month: 4, day: 1))
        #expect(RetentionParser.end(of: .period(months: 60), recordedOn: recorded)?.iso8601 == "2025-04-01")
        #expect(RetentionParser.end(of: .period(months: 60), recordedOn: nil) == nil)
        #expect(RetentionParser.end(of: .permanent, recordedOn: recorded) == nil)
    }

    @Test func proseIsNotARetention() {
        #expect(RetentionParser.parse("退職後5年") == .invalid(.unparseableRetention))
    }
}

struct TextNormaliserTests {
    @Test func appliesNFKCAndTrims() {
        #expect(TextNormaliser.normalise("　ＰＣ１２３　") == "PC123")
        #expect(TextNormaliser.normalise("ｶﾀｶﾅ") == "カタカナ")
        #expect(TextNormaliser.normalise("㈱サンプル") == "(株)サンプル")
        #expect(TextNormaliser.nonEmpty(" \t ") == nil)
    }

    @Test func keysIgnoreCaseSpacesUnderscoresAndHyphens() {
        let keys = ["Risk ID", "risk_id", "RISK-ID", "ＲＩＳＫ　ＩＤ", "RiskID"].map(TextNormaliser.key)
        #expect(Set(keys).count == 1)
    }
}

extension TextNormaliserTests {
    /// The fast path skips Foundation's NFKC for these blocks; that is only right if NFKC leaves
    /// every scalar in them unchanged.
    @Test func fastPathRangesAreNFKCStable() {
        for range in TextNormaliser.nfkcStableRanges + [0x20...0x7E] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = String(scalar)
                #expect(text.precomposedStringWithCompatibilityMapping == text, "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func fastAndSlowPathsAgree() {
        for text in ["  会計システム　", "ＡＢＣ", "ｶﾀｶﾅ ", "\t台帳\n", "が", "か\u{3099}", "①", "A-001 ", "Risk ID"] {
            let expected = text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(TextNormaliser.normalise(text) == expected, "\(text)")
        }
        #expect(TextNormaliser.isBlank(" \t　"))
        #expect(!TextNormaliser.isBlank(" a "))
    }
}

extension TextNormaliserTests {
    /// The full-width fold must give what NFKC gives, for every full-width ASCII character.
    @Test func fullWidthFoldMatchesNFKC() {
        for value in UInt32(0xFF01)...0xFF5E {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "資産" + String(scalar) + "ｘ"
            #expect(TextNormaliser.normalise(text) == text.precomposedStringWithCompatibilityMapping)
        }
        #expect(TextNormaliser.normalise("顧客名簿（営業部、第１版）") == "顧客名簿(営業部、第1版)")
    }

    @Test func whitespaceTableMatchesUnicode() {
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(TextNormaliser.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }
}
