import Foundation

/// A cell of `normalize --format csv` output, quoted per RFC 4180 and safe to open in Excel.
public enum CSVCell {
    /// Text that a spreadsheet would read as a formula (OWASP "CSV injection": a leading `=`, `+`,
    /// `-`, `@`, tab or carriage return) gets a leading `'`, so it stays text. Numbers the tool
    /// writes itself go through ``number(_:)`` and are not touched.
    public static func text(_ value: String?) -> String {
        guard var value, !value.isEmpty else { return "" }
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        return quoted(value)
    }

    /// A number the tool computed.
    public static func number(_ value: Int?) -> String { value.map(String.init) ?? "" }

    /// Quotes a field that holds a delimiter, a quote or a line break.
    public static func quoted(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
