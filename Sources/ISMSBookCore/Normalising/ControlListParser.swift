import Foundation

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
        let normalised = TextNormaliser.normalise(text)
        var controls: [String] = []
        var unrecognised: [String] = []
        var seen = Set<String>()
        let tokens = normalised.split(whereSeparator: { ";,、|/\n\r\t ".contains($0) })
        for token in tokens {
            let raw = String(token).trimmingCharacters(in: .whitespaces)
            guard !raw.isEmpty else { continue }
            let control = reference(raw)
            if control == nil { unrecognised.append(raw) }
            let entry = control ?? raw
            if seen.insert(entry).inserted { controls.append(entry) }
        }
        return Result(controls: controls, unrecognised: unrecognised)
    }

    /// `A.8.13` for `8.13`, `a.8.13`, `A8.13` or `A.8.13`; `nil` for anything else.
    static func reference(_ token: String) -> String? {
        var rest = Substring(token.uppercased())
        if rest.hasPrefix("A") {
            rest = rest.dropFirst()
            if rest.hasPrefix(".") { rest = rest.dropFirst() }
        }
        let numbers = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (2...3).contains(numbers.count),
            numbers.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }),
            let theme = Int(numbers[0]), (5...18).contains(theme)
        else { return nil }
        return "A." + numbers.map { String(Int($0) ?? 0) }.joined(separator: ".")
    }
}
