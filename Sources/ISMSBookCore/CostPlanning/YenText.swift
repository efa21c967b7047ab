/// Yen as people read them: `¥850,000`, and `85万円` for the terminal.
public enum YenText {
    /// `¥1,234,567` (a minus sign in front of negative amounts).
    public static func yen(_ amount: Int) -> String {
        (amount < 0 ? "-" : "") + "¥" + grouped(Int(amount.magnitude))
    }

    /// `1,234,567`.
    public static func grouped(_ amount: Int) -> String {
        let digits = String(amount.magnitude)
        var out = amount < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    /// `85万円`, `123.5万円`, `1,234万円`: ten-thousands of yen to one decimal (half up), the way
    /// Japanese budgets are spoken of; amounts under ¥10,000 are written in yen (`5,000円`).
    public static func man(_ amount: Int) -> String {
        guard abs(amount) >= 10_000 else { return grouped(amount) + "円" }
        let tenths = (Int(amount.magnitude) + 500) / 1000  // tenths of 万, half up
        let whole = grouped(tenths / 10)
        let fraction = tenths % 10
        return (amount < 0 ? "-" : "") + whole + (fraction == 0 ? "" : ".\(fraction)") + "万円"
    }
}
