import ArgumentParser
import Foundation
import ISMSBookCore

// The closed choices of the command line, parsed by ArgumentParser itself: a value outside them
// is a usage error (exit status 2) that lists the choices, and `--help` and the shell completions
// show them.

extension Language: ExpressibleByArgument {}
extension CertificationScheme: ExpressibleByArgument {}
extension PrivacyMarkIndustry: ExpressibleByArgument {}
extension PrivacyMarkSize: ExpressibleByArgument {}

extension Shard: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension PrivacyMarkFeeTable: ExpressibleByArgument {
    public init?(argument: String) {
        guard let table = Self.version(argument) else { return nil }
        self = table
    }

    public static var allValueStrings: [String] { versions.map(\.id) }
}

/// `--encoding`: detected per file, or one for every input.
enum EncodingChoice: ExpressibleByArgument, Equatable {
    case auto
    case fixed(TextEncoding)

    init?(argument: String) {
        if argument.lowercased() == "auto" {
            self = .auto
        } else if let encoding = TextEncoding(name: argument) {
            self = .fixed(encoding)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { ["auto"] + TextEncoding.allCases.map(\.rawValue) }

    /// The encoding, or `nil` to detect it.
    var encoding: TextEncoding? {
        if case .fixed(let encoding) = self { return encoding }
        return nil
    }
}

/// `--delimiter`: one character, or `tab`.
struct DelimiterChoice: ExpressibleByArgument {
    let byte: UInt8

    init?(argument: String) {
        guard let byte = DelimiterSniffer.parse(argument) else { return nil }
        self.byte = byte
    }
}

/// A number with an optional `%` (`--escalation 1.5`, `--complexity 20%`).
struct DecimalArgument: ExpressibleByArgument {
    let value: Decimal

    init?(argument: String) {
        let body = argument.hasSuffix("%") ? String(argument.dropLast()) : argument
        guard let value = YenMath.parseDecimal(body) else { return nil }
        self.value = value
    }
}
