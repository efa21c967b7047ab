/// A text encoding the registers arrive in.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-16 little-endian (Excel's "Unicode text" on Windows).
    case utf16LE = "utf-16le"
    /// UTF-16 big-endian.
    case utf16BE = "utf-16be"
    /// Shift_JIS as Windows writes it: code page 932, with the NEC and IBM extensions (①, ㈱, ⅰ …).
    case cp932 = "cp932"

    /// Reads a name given on the command line (`--encoding`), accepting the usual spellings.
    ///
    /// `utf-16` without an endianness means "UTF-16, endianness from the BOM, little-endian without one".
    public init?(name: String) {
        let key = name.lowercased().filter { $0 != "-" && $0 != "_" }
        switch key {
        case "utf8", "utf8sig", "utf8bom": self = .utf8
        case "utf16", "utf16le", "unicode": self = .utf16LE
        case "utf16be": self = .utf16BE
        case "sjis", "shiftjis", "cp932", "windows31j", "ms932", "mskanji", "xsjis": self = .cp932
        default: return nil
        }
    }

    /// The accepted names, for `--help`.
    public static let acceptedNames = "auto, utf-8, utf-16, utf-16le, utf-16be, shift_jis (cp932)"

    /// The name shown in messages and on the Summary sheet.
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .cp932: "Shift_JIS (CP932)"
        }
    }

    /// Whether the encoding's code units are 16 bits wide.
    var isUTF16: Bool { self == .utf16LE || self == .utf16BE }
}
