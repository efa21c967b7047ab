/// What risk scoring needs to know about the assets: each id with the asset's value, name and row.
///
/// Only this index is kept in memory while the risk register streams past; the asset rows
/// themselves have already been written out. It costs about 40 bytes per asset plus its id's and
/// name's UTF-8: ids are found by a 64-bit fingerprint and then compared in full, and the strings
/// live in a ``ByteArena``. A register of a million assets held as records would alone exceed the
/// memory budget in the README's Performance section (200 MiB for a million rows of each register).
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

    private struct Slot: Sendable {
        /// The id as compared (NFKC, upper case), empty for an asset without one.
        var id: ByteArena.Reference
        var name: ByteArena.Reference
        var row: UInt32
        var file: UInt16
        var value: Int8
    }

    /// Slots in blocks of 65,536, for the same reason as ``ByteArena``: no doubling copies.
    private var slotBlocks: [[Slot]] = []
    private var slotCount = 0
    private var arena = ByteArena()
    private var files: [String] = []
    /// Fingerprint of the id key → slot. Two ids with one fingerprint (about one pair in 10¹³ for a
    /// million assets) go to `collisions` instead, keyed by the full id.
    private var byFingerprint: [UInt64: Int32] = [:]
    private var collisions: [String: Int32] = [:]
    private var byName: [String: Int32] = [:]

    /// Whether names are indexed; they are only needed when a risk register refers to assets by
    /// name, and a million names as dictionary keys would cost a hundred megabytes for nothing.
    public let indexesNames: Bool

    /// An empty index.
    public init(indexesNames: Bool = true) {
        self.indexesNames = indexesNames
    }

    /// The number of assets with an id.
    public var count: Int { byFingerprint.count + collisions.count }

    /// Adds an asset; returns the earlier entry when the id is already taken (the index keeps it).
    @discardableResult
    public mutating func add(_ asset: AssetRecord) -> Entry? {
        let key = asset.id.map(Self.idKey)
        if let key, let existing = slot(forKey: key) { return entry(at: Int(existing)) }
        guard key != nil || (indexesNames && asset.name != nil) else { return nil }
        let slot = Int32(slotCount)
        if files.last != asset.source.file { files.append(asset.source.file) }
        append(
            Slot(id: arena.append(key ?? ""), name: arena.append(asset.name ?? ""), row: UInt32(clamping: asset.source.row),
                 file: UInt16(clamping: files.count - 1), value: Int8(asset.value ?? -1)))
        if let key {
            let fingerprint = SeenIDs.fingerprint(key)
            if byFingerprint[fingerprint] == nil {
                byFingerprint[fingerprint] = slot
            } else {
                collisions[key] = slot
            }
        }
        if indexesNames, let name = asset.name {
            let nameKey = Self.nameKey(name)
            if byName[nameKey] == nil { byName[nameKey] = slot }
        }
        return nil
    }

    private func slot(forKey key: String) -> Int32? {
        if let slot = byFingerprint[SeenIDs.fingerprint(key)], arena.equals(self.slot(at: Int(slot)).id, key) {
            return slot
        }
        return collisions[key]
    }

    private mutating func append(_ slot: Slot) {
        if slotCount % Self.slotBlockSize == 0 {
            var block: [Slot] = []
            block.reserveCapacity(Self.slotBlockSize)
            slotBlocks.append(block)
        }
        slotBlocks[slotBlocks.count - 1].append(slot)
        slotCount += 1
    }

    private func slot(at index: Int) -> Slot {
        slotBlocks[index / Self.slotBlockSize][index % Self.slotBlockSize]
    }

    private static let slotBlockSize = 1 << 16

    /// The asset with this id.
    public func asset(id: String) -> Entry? {
        slot(forKey: Self.idKey(id)).map { entry(at: Int($0)) }
    }

    /// The first asset with this name.
    public func asset(named name: String) -> Entry? {
        byName[Self.nameKey(name)].map { entry(at: Int($0)) }
    }

    private func entry(at index: Int) -> Entry {
        let slot = slot(at: index)
        let id = arena.string(slot.id)
        let name = arena.string(slot.name)
        return Entry(
            id: id.isEmpty ? nil : id, name: name.isEmpty ? nil : name, value: slot.value < 0 ? nil : Int(slot.value),
            source: RowSource(file: files[Int(slot.file)], row: Int(slot.row)))
    }

    /// Ids compare after NFKC and upper-casing: `a-001` and `Ａ－００１` are `A-001`; an entry's id is
    /// given in this form.
    static func idKey(_ id: String) -> String { TextNormaliser.normalise(id).uppercased() }

    /// Names compare loosely, as headers do.
    static func nameKey(_ name: String) -> String { TextNormaliser.key(name) }
}
