/// Reads a list of ISO/IEC 27001 Annex A control references.
///
/// Separators: `;`, `,`, `、`, `|`, `/`, white space and line breaks. Each reference is written as
/// `A.` plus its number (`8.13` and `a.8.13` are `A.8.13`); duplicates are dropped, first-seen order
/// is kept. A token that is not a reference is kept as written and reported.
public enum ControlListParser {
    /// The references read, and the tokens that are not references.
    public struct Result: Equatable, Sendable {
        /// Every control, normalised where possible, in first-seen order.
        public var controls: [String]
        /// The tokens kept as written because they are not `A.n.n` references.
        public var unrecognised: [String]
    }

    /// Reads `text`.
    public static func parse(_ text: String) -> Result {
        var controls: [String] = []
        var unrecognised: [String] = []
        var token = String.UnicodeScalarView()
        func flush() {
            guard !token.isEmpty else { return }
            let raw = String(token)
            token = String.UnicodeScalarView()
            let control = reference(raw)
            if control == nil { unrecognised.append(raw) }
            let entry = control ?? raw
            if !controls.contains(entry) { controls.append(entry) }
        }
        for scalar in TextNormaliser.normalise(text).unicodeScalars {
            if separators.contains(scalar) || TextNormaliser.isWhitespace(scalar) {
                flush()
            } else {
                token.append(scalar)
            }
        }
        flush()
        return Result(controls: controls, unrecognised: unrecognised)
    }

    private static let separators: Set<Unicode.Scalar> = [";", ",", "、", "|", "/"]

    /// `A.8.13` for `8.13`, `a.8.13`, `A8.13` or `A.8.13`; `nil` for anything else.
    static func reference(_ token: String) -> String? {
        var scalars = Substring(token).unicodeScalars[...]
        if let first = scalars.first, first == "A" || first == "a" {
            scalars = scalars.dropFirst()
            if scalars.first == "." { scalars = scalars.dropFirst() }
        }
        var numbers: [Int] = []
        var current = -1
        var digits = 0
        for scalar in scalars {
            if scalar.value >= 0x30 && scalar.value <= 0x39 {
                digits += 1
                guard digits <= 2 else { return nil }
                current = max(current, 0) * 10 + Int(scalar.value - 0x30)
            } else if scalar == "." && current >= 0 {
                numbers.append(current)
                current = -1
                digits = 0
            } else {
                return nil
            }
        }
        guard current >= 0 else { return nil }
        numbers.append(current)
        guard (2...3).contains(numbers.count), (5...18).contains(numbers[0]) else { return nil }
        return "A." + numbers.map(String.init).joined(separator: ".")
    }
}
