import Foundation

/// Money arithmetic for cost plans: whole yen as `Int`, rates and auditor-days as `Decimal`.
///
/// Binary floating point cannot hold 1.02 or 8.5 ÷ 3 exactly, and a plan that is off by one yen
/// against the spreadsheet looks wrong to a finance department; so products, powers and divisions
/// are done in `Decimal` (38 significant digits) and rounded once, half up, to the yen.
public enum YenMath {
    /// Rounds to whole yen, halves upward (¥0.5 → ¥1), as Excel's `ROUND(x, 0)` does for positive
    /// amounts.
    public static func roundHalfUp(_ value: Decimal) -> Int {
        var input = value
        var result = Decimal()
        // `.plain` rounds half away from zero; amounts here are never negative, so it is half up.
        NSDecimalRound(&result, &input, 0, .plain)
        return NSDecimalNumber(decimal: result).intValue
    }

    /// `amount × (1 + percent/100)^years`, rounded half up to the yen after escalating.
    public static func escalate(_ amount: Int, percent: Decimal, years: Int) -> Int {
        guard years > 0, percent != 0 else { return amount }
        return roundHalfUp(Decimal(amount) * pow(1 + percent / 100, years))
    }

    /// `amount × (1 + percent/100)^years` of an amount that may have a fraction of a yen (hours ×
    /// rate), rounded half up to the yen once, after escalating.
    public static func escalate(_ amount: Decimal, percent: Decimal, years: Int) -> Int {
        roundHalfUp(escalated(amount, percent: percent, years: years))
    }

    /// `amount × (1 + percent/100)^years`, not rounded.
    public static func escalated(_ amount: Decimal, percent: Decimal, years: Int) -> Decimal {
        guard years > 0, percent != 0 else { return amount }
        return amount * pow(1 + percent / 100, years)
    }

    /// The present value at year 1 of one amount per year: Σ amountₖ ÷ (1 + percent/100)^(k−1),
    /// k = 1 for the first amount; rounded half up to the yen once, at the end.
    ///
    /// Year 1 is not discounted: the plan is valued at the start of its first year, when the
    /// decision to certify is taken. Excel's `NPV(r, values)` discounts the first value too, so the
    /// workbook writes `NPV(r, values) × (1 + r)`.
    public static func presentValue(_ amounts: [Int], percent: Decimal) -> Int {
        let factor = 1 + percent / 100
        var sum = Decimal(0)
        for (offset, amount) in amounts.enumerated() {
            sum += Decimal(amount) / pow(factor, offset)
        }
        return roundHalfUp(sum)
    }

    /// `days × rate`, rounded half up to the yen.
    public static func multiply(_ days: Decimal, by rate: Int) -> Int {
        roundHalfUp(days * Decimal(rate))
    }

    /// Rounds up to the next half day (2.8333… → 3.0, 5.5 → 5.5).
    public static func roundUpToHalfDay(_ days: Decimal) -> Decimal {
        var doubled = days * 2
        var result = Decimal()
        NSDecimalRound(&result, &doubled, 0, .up)
        return result / 2
    }

    /// Reads a plain decimal number (`8.5`, `-30`, `2.25`): digits with an optional sign and
    /// fraction, nothing else. `Decimal(string:)` alone accepts a prefix (`"2%"` would read as 2),
    /// which would let a typo through.
    public static func parseDecimal(_ text: String) -> Decimal? {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else {
            return nil
        }
        return Decimal(string: text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }

    /// A decimal as plain text (`8.5`, `3`, `2.833`), at most `places` decimals, for display.
    public static func text(_ value: Decimal, places: Int = 3) -> String {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, places, .plain)
        return "\(result)"
    }
}

extension Character {
    /// `0`–`9` only (not full-width or other scripts' digits).
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
