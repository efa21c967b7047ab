/// What risk scoring needs to know about the assets: each id and name with the asset's value.
///
/// Only this index is kept in memory while the risk register streams past; the asset rows
/// themselves have already been written out.
public struct AssetIndex: Sendable {
    /// An asset as seen from the risk register.
    public struct Entry: Sendable, Hashable {
        /// The asset's id, as normalised.
        public var id: String?
        /// The asset's name, as normalised.
        public var name: String?
        /// The asset's value (重要度).
        public var value: Int?
        /// Where the asset is defined.
        public var source: RowSource
    }

    private var byID: [String: Entry] = [:]
    private var byName: [String: Entry] = [:]

    /// An empty index.
    public init() {}

    /// The number of distinct ids.
    public var count: Int { byID.count }

    /// Adds an asset; returns the earlier entry when the id is already taken (the index keeps it).
    @discardableResult
    public mutating func add(_ asset: AssetRecord) -> Entry? {
        let entry = Entry(id: asset.id, name: asset.name, value: asset.value, source: asset.source)
        if let name = asset.name {
            let key = Self.nameKey(name)
            if byName[key] == nil { byName[key] = entry }
        }
        guard let id = asset.id else { return nil }
        let key = Self.idKey(id)
        if let existing = byID[key] { return existing }
        byID[key] = entry
        return nil
    }

    /// The asset with this id.
    public func asset(id: String) -> Entry? { byID[Self.idKey(id)] }

    /// The first asset with this name.
    public func asset(named name: String) -> Entry? { byName[Self.nameKey(name)] }

    /// Ids compare after NFKC and upper-casing: `a-001` and `Ａ－００１` are `A-001`.
    static func idKey(_ id: String) -> String { TextNormaliser.normalise(id).uppercased() }

    /// Names compare loosely, as headers do.
    static func nameKey(_ name: String) -> String { TextNormaliser.key(name) }
}
