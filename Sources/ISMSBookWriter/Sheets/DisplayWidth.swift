/// How wide text looks in a spreadsheet cell, in columns of the default font.
///
/// East Asian wide and full-width characters (kanji, kana, full-width forms) take two columns,
/// combining marks none, everything else one (Unicode Standard Annex #11, East_Asian_Width W and F;
/// the ranges below are the blocks that hold them). libxlsxwriter 1.1.4 has no autofit, so column
/// widths are computed from this while the rows are written.
enum DisplayWidth {
    /// The width of the widest line of `text`, and how many lines it takes when wrapped at `wrapWidth`.
    static func measure(_ text: String, wrapWidth: Int) -> (widest: Int, lines: Int) {
        var widest = 0
        var current = 0
        var lines = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                widest = max(widest, current)
                lines += max(1, (current + wrapWidth - 1) / wrapWidth)
                current = 0
            } else {
                current += width(of: scalar)
            }
        }
        lines += max(1, (current + wrapWidth - 1) / wrapWidth)
        return (max(widest, current), lines)
    }

    /// The width of the widest line of `text`.
    static func of(_ text: String) -> Int {
        measure(text, wrapWidth: Int.max / 2).widest
    }

    @inline(__always)
    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x1100 { return (0x0300...0x036F).contains(value) ? 0 : 1 }
        for range in wideRanges where range.contains(value) { return 2 }
        if (0xFE00...0xFE0F).contains(value) || (0x200B...0x200F).contains(value) { return 0 }
        return 1
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x4E00...0x9FFF,  // CJK Unified Ideographs (first: the most frequent)
        0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility, Kanbun, CJK strokes, enclosed, compatibility
        0x1100...0x115F,  // Hangul Jamo initials
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3400...0x4DBF,  // CJK Extension A
        0xA000...0xA4CF,  // Yi
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE30...0xFE4F,  // CJK compatibility forms
        0xFF00...0xFF60,  // Full-width forms
        0xFFE0...0xFFE6,  // Full-width signs
        0x1F300...0x1F64F,  // Emoji pictographs and emoticons
        0x1F900...0x1F9FF,  // Supplemental symbols and pictographs
        0x20000...0x3FFFD,  // CJK Extensions B and beyond
    ]
}
