import ISMSBookCore
import Testing

struct LevelParserTests {
    @Test(arguments: [
        ("3", 3), ("３", 3), ("1", 1), ("高", 3), ("中", 2), ("低", 1), ("大", 3), ("小", 1), ("H", 3), ("m", 2),
        ("L", 1), ("High", 3), ("MEDIUM", 2), ("low", 1), ("3(高)", 3), ("3（高）", 3), ("高(3)", 3), ("2: 中", 2),
        (" 2 ", 2), ("ｈ", 3),
    ])
    func readsThreePointLevels(input: String, expected: Int) {
        #expect(LevelParser.parse(input, scale: 3) == .level(Level(expected, of: 3)))
    }

    @Test(arguments: [("非常に高い", 5), ("高", 4), ("中", 3), ("低", 2), ("非常に低い", 1), ("Very high", 5), ("5", 5)])
    func readsFivePointLevels(input: String, expected: Int) {
        #expect(LevelParser.parse(input, scale: 5).level?.value == expected)
    }

    @Test func readsALevelWithItsScale() {
        #expect(LevelParser.parse("8/10", scale: 10) == .level(Level(8, of: 10)))
        #expect(LevelParser.parse("８／１０", scale: 10) == .level(Level(8, of: 10)))
        #expect(LevelParser.parse("2/3", scale: 3) == .level(Level(2, of: 3)))
    }

    @Test func rejectsALevelOnAnotherScale() {
        #expect(LevelParser.parse("8/10", scale: 3) == .invalid(.scaleMismatch(scale: 10, expected: 3)))
    }

    @Test(arguments: ["4", "0", "-1", "11/10"])
    func rejectsOutOfRange(input: String) {
        let result = LevelParser.parse(input, scale: input.contains("/") ? 10 : 3)
        #expect(result == .invalid(.outOfRange(min: 1, max: input.contains("/") ? 10 : 3)))
    }

    @Test(arguments: ["とても", "2.5", "3高い低い", "abc", "1000"])
    func rejectsNonLevels(input: String) {
        #expect(LevelParser.parse(input, scale: 3).level == nil)
    }
}
