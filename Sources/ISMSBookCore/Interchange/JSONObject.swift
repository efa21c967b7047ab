/// Builds one JSON object with its keys in the order they are added (scripts and diffs read
/// better when `id` comes first), writing `null` for absent values.
public struct JSONObject {
    private var text = "{"
    private var isEmpty = true

    /// An empty object.
    public init() {}

    private mutating func key(_ key: String) {
        text += isEmpty ? "" : ","
        isEmpty = false
        text += JSONObject.quote(key) + ":"
    }

    /// A string, or `null`.
    public mutating func add(_ name: String, _ value: String?) {
        key(name)
        text += value.map(JSONObject.quote) ?? "null"
    }

    /// A whole number, or `null`.
    public mutating func add(_ name: String, _ value: Int?) {
        key(name)
        text += value.map(String.init) ?? "null"
    }

    /// A boolean, or `null`.
    public mutating func add(_ name: String, _ value: Bool?) {
        key(name)
        text += value.map { $0 ? "true" : "false" } ?? "null"
    }

    /// An array of strings.
    public mutating func add(_ name: String, _ values: [String]) {
        key(name)
        text += "[" + values.map(JSONObject.quote).joined(separator: ",") + "]"
    }

    /// Already-encoded JSON.
    public mutating func add(_ name: String, json: String) {
        key(name)
        text += json
    }

    /// The finished object.
    public var json: String { text + "}" }

    /// A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped.
    public static func quote(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// An object of string pairs, in order.
    public static func pairs(_ pairs: [(String, String)]) -> String {
        var object = JSONObject()
        for (name, value) in pairs { object.add(name, value) }
        return object.json
    }
}
