/// A JSON value as ``JSONLineParser`` reads it: objects keep their members in order.
public enum JSONLineValue: Equatable, Sendable {
    /// One member of an object.
    public struct Member: Equatable, Sendable {
        /// The member's name.
        public var key: String
        /// Its value.
        public var value: JSONLineValue
        /// The byte offset of the member's name in the text it was parsed from, for messages that
        /// name the line (0 for a member made by hand). Not part of equality.
        public var offset: Int

        /// Creates a member.
        public init(key: String, value: JSONLineValue, offset: Int = 0) {
            self.key = key
            self.value = value
            self.offset = offset
        }

        public static func == (lhs: Member, rhs: Member) -> Bool { lhs.key == rhs.key && lhs.value == rhs.value }
    }

    /// A value of another kind than the one asked for.
    public struct Mismatch: Error, CustomStringConvertible, Equatable {
        public var expected: String
        public var found: String
        public var description: String { "expected \(expected), found \(found)" }
    }

    case null
    case bool(Bool)
    /// A number written without a fraction or exponent that fits an `Int`.
    case int(Int)
    /// Any other number.
    case double(Double)
    case string(String)
    case array([JSONLineValue])
    case object([Member])

    /// The string, or `nil` for `null`; anything else is an error.
    public func optionalString() throws -> String? {
        switch self {
        case .null: return nil
        case .string(let text): return text
        default: throw Mismatch(expected: "a string or null", found: kind)
        }
    }

    /// The string; anything else, `null` included, is an error.
    public func string() throws -> String {
        guard case .string(let text) = self else {
            throw Mismatch(expected: "a string", found: kind)
        }
        return text
    }

    /// The whole number, or `nil` for `null`; anything else is an error.
    public func optionalInt() throws -> Int? {
        switch self {
        case .null: return nil
        case .int(let number): return number
        default: throw Mismatch(expected: "a whole number or null", found: kind)
        }
    }

    /// The boolean, or `nil` for `null`; anything else is an error.
    public func optionalBool() throws -> Bool? {
        switch self {
        case .null: return nil
        case .bool(let flag): return flag
        default: throw Mismatch(expected: "true, false or null", found: kind)
        }
    }

    /// An array of strings; anything else, `null` included, is an error.
    public func strings() throws -> [String] {
        guard case .array(let elements) = self else { throw Mismatch(expected: "an array of strings", found: kind) }
        return try elements.map { element in
            guard case .string(let text) = element else { throw Mismatch(expected: "an array of strings", found: "an array holding \(element.kind)") }
            return text
        }
    }

    /// An object's members; anything else, `null` included, is an error.
    public func members() throws -> [Member] {
        guard case .object(let members) = self else { throw Mismatch(expected: "an object", found: kind) }
        return members
    }

    /// An array's elements; anything else, `null` included, is an error.
    public func elements() throws -> [JSONLineValue] {
        guard case .array(let elements) = self else { throw Mismatch(expected: "an array", found: kind) }
        return elements
    }

    /// The whole number; anything else, `null` included, is an error.
    public func int() throws -> Int {
        guard case .int(let number) = self else { throw Mismatch(expected: "a whole number", found: kind) }
        return number
    }

    /// A number with or without a fraction; anything else, `null` included, is an error.
    public func double() throws -> Double {
        switch self {
        case .int(let number): return Double(number)
        case .double(let number): return number
        default: throw Mismatch(expected: "a number", found: kind)
        }
    }

    /// An object of strings as pairs in order; anything else, `null` included, is an error.
    public func stringPairs() throws -> [(String, String)] {
        try members().map { ($0.key, try $0.value.string()) }
    }

    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
