import Foundation

/// The first step for every value: Unicode NFKC and trimmed white space.
///
/// NFKC turns full-width digits and letters (`２０２０`, `ＰＣ`) into ASCII and half-width katakana
/// into full-width, which is what a Japanese register means by them. The original text is kept
/// next to every normalised value, for error marking and the `extra` columns.
public enum TextNormaliser {
    /// NFKC, then trims white space (including the ideographic space U+3000) at both ends.
    public static func normalise(_ text: String) -> String {
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCompatibilityMapping
        return folded.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// ``normalise(_:)``, or `nil` when nothing is left.
    public static func nonEmpty(_ text: String?) -> String? {
        guard let text else { return nil }
        let normalised = normalise(text)
        return normalised.isEmpty ? nil : normalised
    }

    /// A comparison key: NFKC, lowercased, without spaces, `_`, `-`, `.` and `・`.
    ///
    /// Used for header names and enumerated words, so `Risk ID`, `risk_id`, `ＲＩＳＫ－ＩＤ` and
    /// `RiskID` are the same key.
    public static func key(_ text: String) -> String {
        let lowered = normalise(text).lowercased()
        return String(lowered.unicodeScalars.filter { !ignoredInKeys.contains($0) && !$0.properties.isWhitespace }
            .map(Character.init))
    }

    private static let ignoredInKeys: Set<Unicode.Scalar> = ["_", "-", ".", "・", "‐", "−", "ー"]
}
