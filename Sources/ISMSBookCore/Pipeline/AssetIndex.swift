/// What risk scoring needs to know about the assets: each id with the asset's value, name and row.
///
/// Only this index is kept in memory while the risk register streams past; the asset rows
/// themselves have already been written out. It is laid out in flat arrays (about 45 bytes per
/// asset plus its id and its name's UTF-8), because a register of a million assets held as records would
/// alone exceed the memory budget of `Benchmarks/README.md`.
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

    private var byID: [String: Int32] = [:]
    private var byName: [String: Int32] = [:]
    private var values: [Int8] = []
    private var rows: [UInt32] = []
    private var fileIndexes: [UInt16] = []
    private var files: [String] = []
    private var nameEnds: [UInt32] = []
    private var nameBytes: [UInt8] = []
    private var ids: [String] = []

    /// Whether names are indexed; they are only needed when a risk register refers to assets by
    /// name, and a million names as dictionary keys would cost a hundred megabytes for nothing.
    public let indexesNames: Bool

    /// An empty index.
    public init(indexesNames: Bool = true) {
        self.indexesNames = indexesNames
    }

    /// The number of distinct ids.
    public var count: Int { byID.count }

    /// Adds an asset; returns the earlier entry when the id is already taken (the index keeps it).
    @discardableResult
    public mutating func add(_ asset: AssetRecord) -> Entry? {
        if let id = asset.id, let existing = byID[Self.idKey(id)] { return entry(at: Int(existing)) }
        guard asset.id != nil || (indexesNames && asset.name != nil) else { return nil }
        let slot = Int32(values.count)
        values.append(Int8(asset.value ?? -1))
        rows.append(UInt32(clamping: asset.source.row))
        if files.last != asset.source.file { files.append(asset.source.file) }
        fileIndexes.append(UInt16(clamping: files.count - 1))
        nameBytes.append(contentsOf: (asset.name ?? "").utf8)
        nameEnds.append(UInt32(clamping: nameBytes.count))
        ids.append(asset.id ?? "")
        if let id = asset.id { byID[Self.idKey(id)] = slot }
        if indexesNames {
            if let name = asset.name {
                let key = Self.nameKey(name)
                if byName[key] == nil { byName[key] = slot }
            }
        }
        return nil
    }

    /// The asset with this id.
    public func asset(id: String) -> Entry? {
        byID[Self.idKey(id)].map { entry(at: Int($0)) }
    }

    /// The first asset with this name.
    public func asset(named name: String) -> Entry? {
        byName[Self.nameKey(name)].map { entry(at: Int($0)) }
    }

    private func entry(at slot: Int) -> Entry {
        let start = slot == 0 ? 0 : Int(nameEnds[slot - 1])
        let name = String(decoding: nameBytes[start..<Int(nameEnds[slot])], as: UTF8.self)
        return Entry(
            id: ids[slot].isEmpty ? nil : ids[slot], name: name.isEmpty ? nil : name,
            value: values[slot] < 0 ? nil : Int(values[slot]),
            source: RowSource(file: files[Int(fileIndexes[slot])], row: Int(rows[slot])))
    }

    /// Ids compare after NFKC and upper-casing: `a-001` and `Ａ－００１` are `A-001`.
    static func idKey(_ id: String) -> String { TextNormaliser.normalise(id).uppercased() }

    /// Names compare loosely, as headers do.
    static func nameKey(_ name: String) -> String { TextNormaliser.key(name) }
}
