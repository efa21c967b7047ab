import Foundation

/// Reads a whole JSON document (`report.json`) strictly, member by member, naming the line of
/// whatever is wrong: `FILE:LINE: error: departments[2].assets: expected a whole number, found a
/// string`.
///
/// Built on ``JSONLineParser``, the one JSON reader of the interchange: the records and
/// diagnostics files are read line by line with it, and a report as one document.
public struct JSONDocumentReader {
    /// The file, for messages.
    public let file: String
    private let data: Data
    private let root: JSONLineValue

    /// Parses `data`.
    ///
    /// - Throws: ``InputError`` naming the line where the text stops being JSON.
    public init(data: Data, file: String) throws {
        self.file = file
        self.data = data
        do {
            root = try JSONLineParser.parse(data)
        } catch let failure as JSONLineParser.Failure {
            throw InputError(file: "\(file):\(Self.line(of: failure.offset, in: data))", message: "not JSON: \(failure.reason)")
        }
    }

    /// The document's top-level object.
    ///
    /// - Throws: ``InputError`` when the document is not an object.
    public func object() throws -> Object {
        guard case .object(let members) = root else { throw InputError(file: "\(file):1", message: "expected a JSON object") }
        return Object(reader: self, path: "", members: members, offset: 0)
    }

    /// The 1-based line of a byte offset.
    static func line(of offset: Int, in data: Data) -> Int {
        data.prefix(max(0, offset)).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    /// An object of the document, read strictly: every member read must be there, with a value of
    /// its kind, and ``finish()`` refuses the members nobody read.
    public struct Object {
        let reader: JSONDocumentReader
        /// Where the object is, `departments[2]`, for messages.
        public let path: String
        let members: [JSONLineValue.Member]
        let offset: Int

        /// The error for the object or one of its members.
        public func error(_ message: String, key: String? = nil) -> InputError {
            let member = key.flatMap { key in members.first { $0.key == key } }
            let name = [path, key ?? ""].filter { !$0.isEmpty }.joined(separator: ".")
            let line = JSONDocumentReader.line(of: member?.offset ?? offset, in: reader.data)
            return InputError(file: "\(reader.file):\(line)", message: name.isEmpty ? message : "\(name): \(message)")
        }

        /// A member's value, converted by `read`.
        ///
        /// - Throws: ``InputError`` when the member is missing, given twice or of another kind.
        public func value<Value>(_ key: String, _ read: (JSONLineValue) throws -> Value) throws -> Value {
            let found = members.filter { $0.key == key }
            guard let member = found.first else { throw error("missing", key: key) }
            guard found.count == 1 else { throw error("given twice", key: key) }
            do {
                return try read(member.value)
            } catch let mismatch as JSONLineValue.Mismatch {
                throw error(mismatch.description, key: key)
            }
        }

        /// A member that is an object.
        public func object(_ key: String) throws -> Object {
            let members = try value(key) { try $0.members() }
            let offset = self.members.first { $0.key == key }?.offset ?? offset
            return Object(reader: reader, path: [path, key].filter { !$0.isEmpty }.joined(separator: "."), members: members, offset: offset)
        }

        /// A member that is an array of objects.
        public func objects(_ key: String) throws -> [Object] {
            let elements = try value(key) { try $0.elements() }
            let offset = members.first { $0.key == key }?.offset ?? offset
            let name = [path, key].filter { !$0.isEmpty }.joined(separator: ".")
            return try elements.enumerated().map { index, element in
                guard case .object(let members) = element else {
                    throw error("expected an array of objects", key: key)
                }
                return Object(reader: reader, path: "\(name)[\(index)]", members: members, offset: members.first?.offset ?? offset)
            }
        }

        /// Refuses members other than `keys`.
        public func finish(known keys: [String]) throws {
            if let unknown = members.first(where: { !keys.contains($0.key) }) {
                throw error("not a member here", key: unknown.key)
            }
        }
    }
}
