/// Remembers the risk ids seen so far, to report duplicates, in 16 bytes per id.
///
/// The risk register streams past without being kept; storing each id as a string would make
/// memory grow with it by some 40 bytes a row. A 64-bit FNV-1a fingerprint of the normalised id
/// stands in for it: two different ids share a fingerprint with a probability of about n²/2⁶⁵, one
/// in ten million for a register of a million risks, and such a pair would only be reported as
/// a duplicate, never merged.
struct SeenIDs {
    private var firstSeen: [UInt64: UInt64] = [:]
    private var files: [String] = []

    /// Records `id` at `source`; returns where it was first seen if it was seen before.
    mutating func insert(_ id: String, at source: RowSource) -> RowSource? {
        let fingerprint = Self.fingerprint(AssetIndex.idKey(id))
        if let packed = firstSeen[fingerprint] {
            return RowSource(file: files[Int(packed >> 32)], row: Int(packed & 0xFFFF_FFFF))
        }
        if files.last != source.file { files.append(source.file) }
        firstSeen[fingerprint] = UInt64(files.count - 1) << 32 | UInt64(UInt32(clamping: source.row))
        return nil
    }

    /// FNV-1a, 64 bits (Fowler, Noll, Vo), over the UTF-8 of `text`.
    static func fingerprint(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
