import Foundation
import Testing

@testable import ISMSBookCore

struct EncodingDetectorTests {
    @Test func byteOrderMarksWin() {
        #expect(EncodingDetector.detect([0xEF, 0xBB, 0xBF, 0x41], isComplete: true).encoding == .utf8)
        #expect(EncodingDetector.detect([0xEF, 0xBB, 0xBF, 0x41], isComplete: true).bomLength == 3)
        #expect(EncodingDetector.detect([0xFF, 0xFE, 0x41, 0x00], isComplete: true).encoding == .utf16LE)
        #expect(EncodingDetector.detect([0xFE, 0xFF, 0x00, 0x41], isComplete: true).encoding == .utf16BE)
    }

    @Test func validUTF8IsUTF8() {
        #expect(EncodingDetector.detect(Array("資産ID,名称\n".utf8), isComplete: true).encoding == .utf8)
    }

    @Test func shiftJISIsCP932() throws {
        let bytes = try #require("管理番号,情報資産の名称,機密性\nA-001,会計システム①,高\n".data(using: .shiftJIS))
        let detection = EncodingDetector.detect(Array(bytes), isComplete: true)
        #expect(detection.encoding == .cp932)
        #expect(detection.isUncertain == false)
    }

    @Test func aMultiByteCharacterCutAtTheEndOfTheSampleIsNotHeldAgainstUTF8() {
        let bytes = Array("資産".utf8)
        #expect(EncodingDetector.detect(Array(bytes.dropLast()), isComplete: false).encoding == .utf8)
    }

    @Test func bomlessUTF16IsGuessedWithAWarning() throws {
        let bytes = try #require("Asset ID\tName\nA-1\tServer\n".data(using: .utf16LittleEndian))
        let detection = EncodingDetector.detect(Array(bytes), isComplete: true)
        #expect(detection.encoding == .utf16LE)
        #expect(detection.isUncertain)
    }

    @Test func aForcedEncodingStillSkipsItsBOM() {
        let detection = EncodingDetector.detect([0xEF, 0xBB, 0xBF, 0x41], isComplete: true, forced: .utf8)
        #expect(detection == EncodingDetector.Detection(encoding: .utf8, bomLength: 3, isUncertain: false))
    }

    @Test func encodingNamesAreAccepted() {
        #expect(TextEncoding(name: "Shift_JIS") == .cp932)
        #expect(TextEncoding(name: "windows-31j") == .cp932)
        #expect(TextEncoding(name: "UTF-8") == .utf8)
        #expect(TextEncoding(name: "utf-16") == .utf16LE)
        #expect(TextEncoding(name: "latin1") == nil)
    }
}

struct FieldDecoderTests {
    /// CP932's NEC special characters (row 13), NEC-selected IBM extensions and IBM extensions
    /// are not in JIS X 0208; Excel on Japanese Windows writes them. Pin that Foundation decodes them.
    @Test(arguments: [
        ([0x87, 0x40], "①"), ([0x87, 0x8A], "㈱"), ([0x87, 0x54], "Ⅰ"), ([0xED, 0x40], "纊"), ([0xFA, 0x40], "ⅰ"),
        ([0xFA, 0x5C], "纊"), ([0x81, 0x5F], "＼"), ([0x5C], "\\"), ([0x82, 0xA0], "あ"), ([0xB1], "ｱ"),
    ] as [([UInt8], String)])
    func decodesCP932Extensions(bytes: [UInt8], expected: String) {
        let (text, isValid) = FieldDecoder.decode(bytes[...], as: .cp932)
        #expect(isValid)
        #expect(text == expected)
    }

    @Test func invalidShiftJISIsFlaggedAndKeptAroundTheBadBytes() {
        let (text, isValid) = FieldDecoder.decode([0x82, 0xA0, 0x82, 0x20, 0x41][...], as: .cp932)
        #expect(!isValid)
        #expect(text.hasPrefix("あ"))
        #expect(text.contains("\u{FFFD}"))
        #expect(text.hasSuffix("A"))
    }

    @Test func invalidUTF8IsFlagged() {
        let (text, isValid) = FieldDecoder.decode([0x41, 0xFF, 0x42][...], as: .utf8)
        #expect(!isValid)
        #expect(text == "A\u{FFFD}B")
    }
}
