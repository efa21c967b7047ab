import Foundation
import ISMSBookTestSupport
import Testing

@testable import ISMSBookCore

struct JSONLineParserTests {
    @Test func readsARecordLineAsWritten() throws {
        let line = #"{"id":"R-1","controls":["A.5.10","8.13"],"score":-6,"ratio":2.5e1,"accepted":true,"owner":null,"#
            + #""plan":"送信前に確認\n(ダブルチェック)\t\"引用\" \\ \/ \u00e9 \ud83d\ude00","extra":{},"source":{"file":"a.csv","row":2}}"#
        var members: [JSONLineValue.Member] = []
        try JSONLineParser.forEachMember(of: Data(line.utf8)) { members.append(.init(key: $0, value: $1)) }
        #expect(members.map(\.key) == ["id", "controls", "score", "ratio", "accepted", "owner", "plan", "extra", "source"])
        #expect(members[1].value == .array([.string("A.5.10"), .string("8.13")]))
        #expect(members[2].value == .int(-6))
        #expect(members[3].value == .double(25))
        #expect(members[4].value == .bool(true))
        #expect(members[5].value == .null)
        #expect(members[6].value == .string("送信前に確認\n(ダブルチェック)\t\"引用\" \\ / é 😀"))
        #expect(members[7].value == .object([]))
        #expect(members[8].value == .object([.init(key: "file", value: .string("a.csv")), .init(key: "row", value: .int(2))]))
    }

    @Test(arguments: [
        "", " ", "{", "}", "{\"a\":1,}", "[1,]", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{a:1}", "'x'", "\"\u{1}\"",
        "\"\\ud800\"", "\"\\udc00x\"", "\"\\ud800\\u0041\"", "\"\\q\"", "\"\\u12\"", "\"\\u12g4\"", "\"abc", "01", "1.", "-", "1e",
        "1e+", ".5", "+1", "tru", "nul", "True", "{\"a\":1} x", "[1] [2]", "1e999", "-1e999", "NaN", "[\"a\"\u{0}]",
        String(repeating: "[", count: 65) + String(repeating: "]", count: 65),
    ])
    func refusesWhatIsNotJSON(_ text: String) {
        #expect(throws: JSONLineParser.Failure.self) { try JSONLineParser.parse(Data(text.utf8)) }
    }

    @Test func refusesInvalidUTF8InAString() {
        for bytes: [UInt8] in [[0x22, 0xFF, 0x22], [0x22, 0xE3, 0x81, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22]] {
            #expect(throws: JSONLineParser.Failure.self) { try JSONLineParser.parse(Data(bytes)) }
        }
    }

    @Test func nestingUpToTheLimitIsRead() throws {
        let depth = JSONLineParser.maximumDepth
        let text = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
        var value = try JSONLineParser.parse(Data(text.utf8))
        for _ in 0..<depth {
            guard case .array(let elements) = value, elements.count == 1 else { Issue.record("not nested"); return }
            value = elements[0]
        }
        #expect(value == .int(1))
    }

    @Test func forEachMemberWantsAnObject() {
        for text in ["[]", "1", "\"x\"", "{\"a\":1}}", ""] {
            #expect(throws: JSONLineParser.Failure.self) { try JSONLineParser.forEachMember(of: Data(text.utf8)) { _, _ in } }
        }
    }

    @Test func numbersKeepWholeValuesExact() throws {
        #expect(try JSONLineParser.parse(Data("9007199254740993".utf8)) == .int(9_007_199_254_740_993))
        #expect(try JSONLineParser.parse(Data("-0".utf8)) == .int(0))
        #expect(try JSONLineParser.parse(Data("99999999999999999999".utf8)) == .double(1e20))
        #expect(try JSONLineParser.parse(Data("1.5E-3".utf8)) == .double(0.0015))
    }

    /// Property: random values, written with random white space and escapes, read back equal; and
    /// Foundation's JSONSerialization, an independent reader, accepts every text we wrote.
    @Test func randomValuesRoundTrip() throws {
        var generator = SeededGenerator(state: 8_259)
        for _ in 0..<2_000 {
            let value = Self.randomValue(depth: 0, using: &generator)
            let text = Self.write(value, using: &generator)
            let data = Data(text.utf8)
            #expect(try JSONLineParser.parse(data) == value, "\(text)")
            #expect((try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)) != nil, "\(text)")
        }
    }

    /// Property: damaged lines never trap, and whatever we accept, JSONSerialization accepts too.
    @Test func damagedLinesAreRefusedOrValid() throws {
        var generator = SeededGenerator(state: 27_006)
        let alphabet = Array(#"{}[]":,\u0"tfn-.eE1 "#.utf8) + [0x00, 0x1F, 0xC3, 0xFF]
        for _ in 0..<3_000 {
            var bytes = Array(Self.write(Self.randomValue(depth: 0, using: &generator), using: &generator).utf8)
            for _ in 0...Int.random(in: 0...3, using: &generator) where !bytes.isEmpty {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0...2, using: &generator) {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(alphabet.randomElement(using: &generator)!, at: position)
                default: bytes[position] = alphabet.randomElement(using: &generator)!
                }
            }
            let data = Data(bytes)
            if (try? JSONLineParser.parse(data)) != nil {
                #expect(
                    (try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)) != nil,
                    "\(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }

    static let texts = ["", "a", "資産台帳", "\"", "\\", "/", "\n", "\r\n", "\t", "\u{1}", "\u{1F}", "é", "😀", "=SUM(A1)", "_x0041_", "\u{FFFF}"]

    static func randomValue(depth: Int, using generator: inout SeededGenerator) -> JSONLineValue {
        switch Int.random(in: 0...(depth < 3 ? 7 : 4), using: &generator) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .int(Int.random(in: -1_000_000...1_000_000, using: &generator))
        case 3: return .double(Double(Int.random(in: -9_999...9_999, using: &generator)) / 8)
        case 4, 5:
            return .string((0..<Int.random(in: 0...4, using: &generator)).map { _ in texts.randomElement(using: &generator)! }.joined())
        case 6:
            return .array((0..<Int.random(in: 0...3, using: &generator)).map { _ in randomValue(depth: depth + 1, using: &generator) })
        default:
            return .object(
                (0..<Int.random(in: 0...3, using: &generator)).map { index in
                    .init(key: "k\(index)\(texts.randomElement(using: &generator)!)", value: randomValue(depth: depth + 1, using: &generator))
                })
        }
    }

    /// JSON text for `value`, with random white space and every character escaped some of the time.
    static func write(_ value: JSONLineValue, using generator: inout SeededGenerator) -> String {
        func space() -> String { ["", "", " ", "\t", "\r\n "].randomElement(using: &generator)! }
        func quote(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                let mustEscape = scalar == "\"" || scalar == "\\" || scalar.value < 0x20
                if mustEscape || Int.random(in: 0..<4, using: &generator) == 0 {
                    for unit in String(scalar).utf16 {
                        let hex = String(unit, radix: 16, uppercase: Bool.random(using: &generator))
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return "\(number)"
        case .string(let text): return quote(text)
        case .array(let elements):
            return "[" + space() + elements.map { write($0, using: &generator) + space() }.joined(separator: "," + space()) + "]"
        case .object(let members):
            return "{" + space()
                + members.map { quote($0.key) + space() + ":" + space() + write($0.value, using: &generator) + space() }
                .joined(separator: "," + space()) + "}"
        }
    }
}
