import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Compares two XML documents element by element, the way libxlsxwriter's own suite compares its
/// output with files made by Excel: names, attributes in any order, namespace declarations, text,
/// and children in order. Whitespace between elements does not count; text inside a leaf element
/// (`<t xml:space="preserve"> </t>`) does.
///
/// The documents are parsed by libxml2 (Foundation's `XMLDocument`), not by ismsbook's own reader.
public enum XMLTreeComparison {
    /// Where two documents first differ.
    public struct Difference: CustomStringConvertible, Sendable {
        /// The path of the element, e.g. `/worksheet/sheetData/row[3]/c[2]`, with `/@name` for an
        /// attribute and `/text()` for text.
        public var path: String
        /// What the expected (golden) document has there.
        public var expected: String
        /// What the new document has there.
        public var found: String

        public var description: String { "at \(path): expected \(expected), found \(found)" }
    }

    /// The first difference between `expected` and `found`, or `nil` when they are the same tree.
    ///
    /// - Throws: when either is not well-formed XML.
    public static func firstDifference(expected: Data, found: Data) throws -> Difference? {
        let old = try XMLDocument(data: expected, options: [.nodePreserveWhitespace])
        let new = try XMLDocument(data: found, options: [.nodePreserveWhitespace])
        guard let oldRoot = old.rootElement(), let newRoot = new.rootElement() else {
            return old.rootElement() == nil && new.rootElement() == nil
                ? nil : Difference(path: "/", expected: describe(old.rootElement()), found: describe(new.rootElement()))
        }
        return compare(oldRoot, newRoot, path: "/" + (oldRoot.name ?? "?"))
    }

    private static func compare(_ old: XMLElement, _ new: XMLElement, path: String) -> Difference? {
        guard old.name == new.name else { return Difference(path: path, expected: describe(old), found: describe(new)) }
        let oldAttributes = attributes(of: old)
        let newAttributes = attributes(of: new)
        for name in Set(oldAttributes.keys).union(newAttributes.keys).sorted() where oldAttributes[name] != newAttributes[name] {
            return Difference(path: path + "/@" + name, expected: quoted(oldAttributes[name]), found: quoted(newAttributes[name]))
        }
        let oldChildren = elements(of: old)
        let newChildren = elements(of: new)
        if oldChildren.isEmpty && newChildren.isEmpty {
            let oldText = old.stringValue ?? ""
            let newText = new.stringValue ?? ""
            return oldText == newText ? nil : Difference(path: path + "/text()", expected: quoted(oldText), found: quoted(newText))
        }
        // Each child is named by its position among its siblings of the same name: row[3], c[2].
        var seen: [String: Int] = [:]
        for index in 0..<max(oldChildren.count, newChildren.count) {
            let child = index < oldChildren.count ? oldChildren[index] : newChildren[index]
            let name = child.name ?? "?"
            seen[name, default: 0] += 1
            let childPath = "\(path)/\(name)[\(seen[name] ?? 1)]"
            guard index < oldChildren.count, index < newChildren.count else {
                return Difference(
                    path: childPath, expected: index < oldChildren.count ? describe(oldChildren[index]) : "no element",
                    found: index < newChildren.count ? describe(newChildren[index]) : "no element")
            }
            if let difference = compare(oldChildren[index], newChildren[index], path: childPath) { return difference }
        }
        return nil
    }

    /// Attributes and namespace declarations, by qualified name.
    private static func attributes(of element: XMLElement) -> [String: String] {
        var result: [String: String] = [:]
        for attribute in element.attributes ?? [] { result[attribute.name ?? "?"] = attribute.stringValue ?? "" }
        for namespace in element.namespaces ?? [] {
            let prefix = namespace.name ?? ""
            result[prefix.isEmpty ? "xmlns" : "xmlns:" + prefix] = namespace.stringValue ?? ""
        }
        return result
    }

    private static func elements(of element: XMLElement) -> [XMLElement] {
        (element.children ?? []).compactMap { $0 as? XMLElement }
    }

    private static func describe(_ element: XMLElement?) -> String {
        guard let element else { return "no element" }
        let text = element.xmlString
        return text.count > 200 ? String(text.prefix(200)) + "…" : text
    }

    private static func quoted(_ text: String?) -> String {
        guard let text else { return "nothing" }
        let shown = text.count > 200 ? String(text.prefix(200)) + "…" : text
        return "\"" + shown + "\""
    }
}
