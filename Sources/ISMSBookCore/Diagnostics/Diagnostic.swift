/// A problem found in the input: one bad cell, row or file.
///
/// Diagnostics are values, collected while the registers are read, never thrown: the row they
/// belong to is still written to every output, with the problem marked. Only problems that stop
/// the whole run (an unreadable file) are thrown, as ``InputError``.
public struct Diagnostic: Sendable, Hashable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// The value is wrong or missing; the run exits with status 1.
        case error
        /// The value is suspicious or incomplete; the run still exits with status 0 unless `--strict`.
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, in both output languages.
    public var message: DiagnosticMessage
    /// The offending text exactly as read, when there is one.
    public var value: String?
    /// The register field concerned, when there is one.
    public var field: FieldKey?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, _ message: DiagnosticMessage, at location: SourceLocation, value: String? = nil,
        field: FieldKey? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.value = value
        self.field = field
    }

    /// The stable machine-readable name of the problem, e.g. `duplicate-id`.
    public var code: String { message.code }

    /// `FILE:ROW:COLUMN: error: message`, in English, with the column header and the value.
    public var description: String { line(in: .english) }

    /// The diagnostic as one line in the given language.
    public func line(in language: Language) -> String {
        "\(location.description): \(severity.rawValue): \(text(in: language))"
    }

    /// The message with the column header in front and the quoted value behind, without the location.
    public func text(in language: Language) -> String {
        var text = ""
        if let name = location.columnName, !name.isEmpty { text += "\(name): " }
        text += message.text(in: language)
        if let value { text += " [\(Diagnostic.quote(value))]" }
        return text
    }

    /// Quotes a value for a one-line message: control characters escaped, long values shortened.
    static func quote(_ value: String, limit: Int = 80) -> String {
        var out = "\""
        var count = 0
        for scalar in value.unicodeScalars {
            if count == limit {
                out += "…"
                break
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            count += 1
        }
        return out + "\""
    }
}
