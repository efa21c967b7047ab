/// Decides the encoding of a register from its first bytes.
///
/// The order is the one that matches how Japanese registers are produced: a byte-order mark wins
/// (Excel's "CSV UTF-8" and "Unicode text" both write one); then text that is valid UTF-8 is
/// UTF-8; then text that is valid Shift_JIS is CP932, Excel's default "CSV (comma delimited)" on
/// Japanese Windows; otherwise whichever of the two has fewer invalid sequences. A file with many
/// NUL bytes and no BOM is taken for BOM-less UTF-16, with a warning.
public enum EncodingDetector {
    /// The result of a detection.
    public struct Detection: Equatable, Sendable {
        /// The encoding.
        public var encoding: TextEncoding
        /// How many bytes of byte-order mark to skip.
        public var bomLength: Int
        /// Whether the encoding was guessed from unusual evidence and deserves a warning.
        public var isUncertain: Bool
    }

    /// Detects the encoding of `sample`, the first bytes of a file.
    ///
    /// - Parameters:
    ///   - sample: the start of the file.
    ///   - isComplete: whether `sample` is the whole file; if not, a multi-byte sequence cut at the
    ///     end of the sample is not held against it.
    ///   - forced: an encoding given by the user; only the BOM is looked at then.
    public static func detect(_ sample: [UInt8], isComplete: Bool, forced: TextEncoding? = nil) -> Detection {
        let bom = byteOrderMark(sample)
        if let forced {
            var length = 0
            if let bom, bom.encoding == forced || (forced.isUTF16 && bom.encoding.isUTF16) {
                return Detection(encoding: bom.encoding, bomLength: bom.length, isUncertain: false)
            }
            if forced == .utf8, let bom, bom.encoding == .utf8 { length = bom.length }
            return Detection(encoding: forced, bomLength: length, isUncertain: false)
        }
        if let bom { return Detection(encoding: bom.encoding, bomLength: bom.length, isUncertain: false) }
        if let utf16 = bomlessUTF16(sample) { return Detection(encoding: utf16, bomLength: 0, isUncertain: true) }
        let utf8Errors = invalidUTF8Sequences(sample, isComplete: isComplete)
        if utf8Errors == 0 { return Detection(encoding: .utf8, bomLength: 0, isUncertain: false) }
        let sjisErrors = invalidCP932Sequences(sample, isComplete: isComplete)
        let encoding: TextEncoding = sjisErrors <= utf8Errors ? .cp932 : .utf8
        return Detection(encoding: encoding, bomLength: 0, isUncertain: false)
    }

    static func byteOrderMark(_ bytes: [UInt8]) -> (encoding: TextEncoding, length: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }

    /// UTF-16 text of mostly Latin characters has a NUL in every other byte; legitimate CSV has none.
    static func bomlessUTF16(_ bytes: [UInt8]) -> TextEncoding? {
        let pairs = min(bytes.count, 4096) / 2
        guard pairs >= 2 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for index in 0..<pairs {
            if bytes[2 * index] == 0 { evenZeros += 1 }
            if bytes[2 * index + 1] == 0 { oddZeros += 1 }
        }
        if oddZeros * 10 >= pairs * 3 && evenZeros * 10 < pairs { return .utf16LE }
        if evenZeros * 10 >= pairs * 3 && oddZeros * 10 < pairs { return .utf16BE }
        return nil
    }

    /// Counts the invalid UTF-8 sequences in `bytes`.
    static func invalidUTF8Sequences(_ bytes: [UInt8], isComplete: Bool) -> Int {
        var errors = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default:
                errors += 1
                index += 1
                continue
            }
            if index + length > count {
                if isComplete { errors += 1 }
                break
            }
            var valid = true
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { valid = false }
            // Overlong and surrogate forms are invalid too; String(validating:) agrees with this.
            if valid, length == 3 {
                let second = bytes[index + 1]
                if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) { valid = false }
            }
            if valid, length == 4 {
                let second = bytes[index + 1]
                if (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F) { valid = false }
            }
            if valid {
                index += length
            } else {
                errors += 1
                index += 1
            }
        }
        return errors
    }

    /// Counts the byte sequences that cannot be CP932: a lead byte without a valid trail byte, or a
    /// byte that is never a lead byte.
    static func invalidCP932Sequences(_ bytes: [UInt8], isComplete: Bool) -> Int {
        var errors = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 || (0xA1...0xDF).contains(byte) {
                index += 1
            } else if ShiftJIS.isLeadByte(byte) {
                if index + 1 >= count {
                    if isComplete { errors += 1 }
                    break
                }
                if ShiftJIS.isTrailByte(bytes[index + 1]) {
                    index += 2
                } else {
                    errors += 1
                    index += 1
                }
            } else {
                errors += 1
                index += 1
            }
        }
        return errors
    }
}

/// Byte classes of Shift_JIS / CP932.
enum ShiftJIS {
    static func isLeadByte(_ byte: UInt8) -> Bool { (0x81...0x9F).contains(byte) || (0xE0...0xFC).contains(byte) }
    static func isTrailByte(_ byte: UInt8) -> Bool { (0x40...0x7E).contains(byte) || (0x80...0xFC).contains(byte) }
}
