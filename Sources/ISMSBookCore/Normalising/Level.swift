/// A rating on a 1–N scale: a C/I/A rating, a threat or vulnerability level, a likelihood, an impact.
public struct Level: Hashable, Sendable {
    /// The rating, 1…scale.
    public let value: Int
    /// The top of the scale (3 for the usual C/I/A and threat ratings).
    public let scale: Int

    /// Creates a level.
    public init(_ value: Int, of scale: Int) {
        self.value = value
        self.scale = scale
    }
}
