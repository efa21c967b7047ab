/// Append-only storage for many short byte strings, in fixed-size blocks.
///
/// A single growing `[UInt8]` doubles its buffer as it grows, and for a moment holds the old and
/// the new copy: for a million asset names that moment alone would exceed the memory budget.
/// Blocks never move, so memory grows by one block at a time.
struct ByteArena: Sendable {
    /// Where a stored string is: block, offset, length, packed into 64 bits.
    struct Reference: Hashable, Sendable {
        fileprivate let packed: UInt64
    }

    private static let blockSize = 1 << 20
    private var blocks: [[UInt8]] = []

    /// Stores `text`'s UTF-8 (strings longer than a block are stored cut to a block).
    mutating func append(_ text: String) -> Reference {
        let count = min(text.utf8.count, Self.blockSize)
        if blocks.isEmpty || blocks[blocks.count - 1].count + count > Self.blockSize {
            var block: [UInt8] = []
            block.reserveCapacity(Self.blockSize)
            blocks.append(block)
        }
        let blockIndex = blocks.count - 1
        let offset = blocks[blockIndex].count
        blocks[blockIndex].append(contentsOf: text.utf8.prefix(count))
        return Reference(packed: UInt64(blockIndex) << 40 | UInt64(offset) << 20 | UInt64(count))
    }

    /// The bytes of a stored string.
    func bytes(_ reference: Reference) -> ArraySlice<UInt8> {
        let block = Int(reference.packed >> 40)
        let offset = Int(reference.packed >> 20 & 0xFFFFF)
        let count = Int(reference.packed & 0xFFFFF)
        return blocks[block][offset..<offset + count]
    }

    /// A stored string.
    func string(_ reference: Reference) -> String {
        String(decoding: bytes(reference), as: UTF8.self)
    }

    /// Whether a stored string equals `text`.
    func equals(_ reference: Reference, _ text: String) -> Bool {
        bytes(reference).elementsEqual(text.utf8)
    }
}
