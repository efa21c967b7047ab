/// One of N equal parts of a batch (`--shard K/N`), chosen by a stable hash of the department's
/// name, so that any scheduler (a Kubernetes indexed Job, a Slurm array, GNU parallel) can give
/// each machine its part without a coordinator.
public struct Shard: Sendable, Equatable {
    /// Which part, 1…count.
    public let index: Int
    /// How many parts.
    public let count: Int

    /// Reads `K/N`; `nil` unless 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index)
        else { return nil }
        self.index = index
        self.count = count
    }

    /// Whether a department belongs to this shard: FNV-1a of its UTF-8 name, modulo the count.
    /// The hash is written out here, not Swift's `Hasher`, which is seeded per process.
    public func contains(_ department: String) -> Bool {
        Int(SeenIDs.fingerprint(department) % UInt64(count)) == index - 1
    }
}
