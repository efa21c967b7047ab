import Foundation

/// The first step for every value: Unicode NFKC and trimmed white space.
///
/// NFKC turns full-width digits and letters (`２０２０`, `ＰＣ`) into ASCII and half-width katakana
/// into full-width, which is what a Japanese register means by them. The original text is kept
/// next to every normalised value, for error marking and the `extra` columns.
///
/// Most cells are ASCII, kana and kanji, which NFKC leaves as they are; those skip Foundation's
/// normaliser. On 400,000 generated rows this fast path took the normalising stage from about a
/// quarter of the run's time to a few per cent (`perf` on `Benchmarks/bench.sh`'s registers).
public enum TextNormaliser {
    /// NFKC, then trims white space (including the ideographic space U+3000) at both ends.
    public static func normalise(_ text: String) -> String {
        switch classify(text) {
        case .stable: return trimmedASCIIWhitespace(text)
        case .fullWidthASCII: return trimmedASCIIWhitespace(foldingFullWidthASCII(text))
        case .other: return trimmedWhitespace(text.precomposedStringWithCompatibilityMapping)
        }
    }

    /// ``normalise(_:)``, or `nil` when nothing is left.
    public static func nonEmpty(_ text: String?) -> String? {
        guard let text else { return nil }
        let normalised = normalise(text)
        return normalised.isEmpty ? nil : normalised
    }

    /// Whether `text` is empty or only white space.
    public static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isWhitespace)
    }

    /// White space as Unicode defines it (`White_Space`), without a property lookup per character.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// A comparison key: NFKC, lowercased, without spaces, `_`, `-`, `.` and `・`.
    ///
    /// Used for header names and enumerated words, so `Risk ID`, `risk_id`, `ＲＩＳＫ－ＩＤ` and
    /// `RiskID` are the same key.
    public static func key(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 where !isASCIIWhitespace(byte) && !ignoredASCII.contains(byte) {
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let lowered = normalise(text).lowercased()
        var scalars = String.UnicodeScalarView()
        for scalar in lowered.unicodeScalars where !ignoredInKeys.contains(scalar) && !isWhitespace(scalar) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    private static let ignoredInKeys: Set<Unicode.Scalar> = ["_", "-", ".", "・", "‐", "−", "ー"]
    private static let ignoredASCII: Set<UInt8> = [UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: ".")]

    /// Scalars that NFKC maps to themselves, whatever surrounds them: printable ASCII and the
    /// usual Japanese blocks (CJK punctuation, hiragana, katakana, CJK ideographs). Pinned by
    /// `TextNormaliserTests.fastPathRangesAreNFKCStable`; full-width forms, half-width katakana,
    /// U+3000, combining marks and circled or squared characters are not in it.
    static let nfkcStableRanges: [ClosedRange<UInt32>] = [
        0x3001...0x301F, 0x3041...0x3096, 0x309D...0x309E, 0x30A1...0x30FE, 0x3400...0x4DBF, 0x4E00...0x9FFF,
    ]

    enum Shape { case stable, fullWidthASCII, other }

    /// Whether NFKC leaves `text` alone, only folds full-width ASCII (`ＰＣ１２３`, `（`, U+3000),
    /// or needs Foundation's full normaliser.
    static func classify(_ text: String) -> Shape {
        var shape = Shape.stable
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x20 && value != 0x7F || value == 0x09 || value == 0x0A || value == 0x0D { continue }
                return .other
            }
            if (0xFF01...0xFF5E).contains(value) || value == 0x3000 {
                shape = .fullWidthASCII
                continue
            }
            if value < 0x3001 || value > 0x9FFF { return .other }
            var found = false
            for range in nfkcStableRanges where range.contains(value) {
                found = true
                break
            }
            if !found { return .other }
        }
        return shape
    }

    static func isNFKCStable(_ text: String) -> Bool { classify(text) == .stable }

    /// NFKC of full-width ASCII is the ASCII character 0xFEE0 below it, and of U+3000 a space;
    /// neither can combine with its neighbours, so the rest of the text is unaffected.
    private static func foldingFullWidthASCII(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    private static func trimmedASCIIWhitespace(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last, isASCIIWhitespace(first) || isASCIIWhitespace(last) else {
            return text
        }
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, isASCIIWhitespace(utf8[start]) { start = utf8.index(after: start) }
        while end > start, isASCIIWhitespace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return String(text[start..<end])
    }

    private static func trimmedWhitespace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let startIndex = scalars.firstIndex(where: { !isWhitespace($0) }) else { return "" }
        guard let lastIndex = scalars.lastIndex(where: { !isWhitespace($0) }) else { return "" }
        return String(scalars[startIndex...lastIndex])
    }
}
