/// Turns UTF-16 bytes into UTF-8 bytes, chunk by chunk, so that the CSV tokenizer only ever sees
/// UTF-8.
///
/// An unpaired surrogate becomes the byte 0xFF, which is never valid in UTF-8: the field that holds
/// it then fails to decode and is reported with its row, instead of being silently replaced here.
struct UTF16Transcoder {
    let isBigEndian: Bool
    private var pendingByte: UInt8?
    private var pendingHighSurrogate: UInt16?

    init(isBigEndian: Bool) {
        self.isBigEndian = isBigEndian
    }

    /// Transcodes `bytes`, appending UTF-8 to `output`.
    mutating func transcode<C: Collection>(_ bytes: C, into output: inout [UInt8]) where C.Element == UInt8 {
        for byte in bytes {
            guard let first = pendingByte else {
                pendingByte = byte
                continue
            }
            pendingByte = nil
            let unit = isBigEndian ? UInt16(first) << 8 | UInt16(byte) : UInt16(byte) << 8 | UInt16(first)
            consume(unit, into: &output)
        }
    }

    /// Ends the input: a dangling byte or high surrogate is invalid.
    mutating func finish(into output: inout [UInt8]) {
        if pendingHighSurrogate != nil || pendingByte != nil { output.append(0xFF) }
        pendingHighSurrogate = nil
        pendingByte = nil
    }

    private mutating func consume(_ unit: UInt16, into output: inout [UInt8]) {
        if let high = pendingHighSurrogate {
            pendingHighSurrogate = nil
            if (0xDC00...0xDFFF).contains(unit) {
                let scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                append(scalar, to: &output)
                return
            }
            output.append(0xFF)
        }
        switch unit {
        case 0xD800...0xDBFF: pendingHighSurrogate = unit
        case 0xDC00...0xDFFF: output.append(0xFF)
        default: append(UInt32(unit), to: &output)
        }
    }

    private func append(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            output.append(UInt8(scalar))
        case ..<0x800:
            output.append(UInt8(0xC0 | (scalar >> 6)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        case ..<0x10000:
            output.append(UInt8(0xE0 | (scalar >> 12)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (scalar >> 18)))
            output.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }
}
