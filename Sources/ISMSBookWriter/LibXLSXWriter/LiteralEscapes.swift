/// Writes text in the form a string cell stores it, so that it reads back unchanged.
///
/// A string cell stores a character XML 1.0 cannot hold as `_xHHHH_` (ECMA-376 Part 1, §22.4.2.4,
/// ST_Xstring), so readers turn any `_xHHHH_` back into a character: text that contains one
/// literally (`_x0041_`) would open as `A`. The standard's answer is to escape the underscore that
/// opens it: `_x005F_x0041_` reads back as `_x0041_`, as Excel itself writes it. libxlsxwriter
/// 1.1.4 escapes control characters but not literal sequences, so both are done here, in one pass:
/// an underscore is an opener when an escape of ours would close it (`_x0041` before a control
/// character becomes `_x0041_x0001_`), which a separate pass would miss.
enum LiteralEscapes {
    /// `text` with control characters and noncharacters as `_xHHHH_` and each literal `_xHHHH_`
    /// (or `_xHHHH` closed by such an escape) opened by `_x005F_`; `text` itself when neither occurs.
    static func protect(_ text: String) -> String {
        guard mayNeedProtection(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var changed = false
        for (index, scalar) in scalars.enumerated() {
            if needsEscape(scalar) {
                result.append(contentsOf: escape(scalar.value).unicodeScalars)
                changed = true
            } else if scalar == "_", opensEscape(scalars, at: index) {
                result.append(contentsOf: "_x005F_".unicodeScalars)
                changed = true
            } else {
                result.append(scalar)
            }
        }
        return changed ? String(result) : text
    }

    /// Most cells have neither an underscore nor a control character: one pass over the bytes says
    /// so without decoding anything. This runs for every text cell of a register, on the writer
    /// thread that bounds a build's speed, so it reads the string's own buffer where it can (a
    /// loop over `String.UTF8View` added 0.45 s to a 400,000-row build; this adds under 0.05 s).
    static func mayNeedProtection(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(mayNeedProtection) { return found }
        return mayNeedProtection(Array(text.utf8)[...])
    }

    private static func mayNeedProtection<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "_") || (byte < 0x20 && byte != 0x09 && byte != 0x0A) { return true }
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            if byte == 0xEF, index + 2 < end, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return true }
            index += 1
        }
        return false
    }

    /// Control characters other than tab and line feed (XML has no carriage return of its own: a
    /// parser turns it into a line feed), and the noncharacters U+FFFE and U+FFFF.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    private static func escape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_"
    }

    /// Whether `_` at `index` starts `_xHHHH_`, or `_xHHHH` followed by a character written as an
    /// escape (whose own underscore would close it).
    private static func opensEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let closer = index + 6
        guard closer < scalars.count, scalars[index + 1] == "x" || scalars[index + 1] == "X",
            scalars[(index + 2)..<closer].allSatisfy(\.properties.isASCIIHexDigit)
        else { return false }
        return scalars[closer] == "_" || needsEscape(scalars[closer])
    }
}
