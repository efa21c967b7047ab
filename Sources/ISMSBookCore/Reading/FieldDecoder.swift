import Foundation

/// Decodes the bytes of one field into a `String`.
///
/// Shift_JIS goes through Foundation, which on this toolchain decodes the CP932 extensions (①, ㈱,
/// ⅰ …; pinned by `FieldDecoderTests`). A field that does not decode is still returned, with
/// U+FFFD where the bad bytes were, and flagged so the row gets a diagnostic: never a silent
/// replacement.
enum FieldDecoder {
    /// Decodes `bytes` in `encoding` (UTF-16 input has already been transcoded to UTF-8).
    ///
    /// - Returns: the text, and whether every byte was valid.
    static func decode(_ bytes: ArraySlice<UInt8>, as encoding: TextEncoding) -> (text: String, isValid: Bool) {
        if bytes.isEmpty { return ("", true) }
        if encoding == .cp932 { return decodeCP932(bytes) }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, true) }
        return (String(decoding: bytes, as: UTF8.self), false)
    }

    private static func decodeCP932(_ bytes: ArraySlice<UInt8>) -> (text: String, isValid: Bool) {
        if bytes.allSatisfy({ $0 < 0x80 }) { return (String(decoding: bytes, as: UTF8.self), true) }
        if let text = String(bytes: bytes, encoding: .shiftJIS) { return (text, true) }
        return (lossyCP932(bytes), false)
    }

    /// Decodes character by character, replacing each undecodable character with U+FFFD.
    private static func lossyCP932(_ bytes: ArraySlice<UInt8>) -> String {
        var text = ""
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            var length = 1
            if ShiftJIS.isLeadByte(byte), index + 1 < bytes.endIndex, ShiftJIS.isTrailByte(bytes[index + 1]) {
                length = 2
            }
            let character = bytes[index..<(index + length)]
            text += String(bytes: character, encoding: .shiftJIS) ?? "\u{FFFD}"
            index += length
        }
        return text
    }
}
