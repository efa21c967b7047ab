/// Spreadsheet column names.
public enum ColumnLetters {
    /// `A`, `B`, … `Z`, `AA` … for a 0-based column index.
    public static func name(of index: Int) -> String {
        var number = index + 1
        var text = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            text = String(UnicodeScalar(UInt8(65 + remainder))) + text
            number = (number - 1) / 26
        }
        return text
    }
}
