/// A band of risk scores (low, medium, high, critical) with its colour.
public struct RiskBand: Hashable, Sendable {
    /// The band's name, used in `normalize` output (`low`).
    public var name: String
    /// The Japanese label (低).
    public var japanese: String
    /// The English label (Low).
    public var english: String
    /// The highest score in the band; the band starts above the previous band's maximum.
    public var maximum: Int
    /// The fill colour, 0xRRGGBB.
    public var color: UInt32

    /// Creates a band.
    public init(name: String, japanese: String, english: String, maximum: Int, color: UInt32) {
        self.name = name
        self.japanese = japanese
        self.english = english
        self.maximum = maximum
        self.color = color
    }

    /// The label in the given language.
    public func label(in language: Language) -> String { language.pick(japanese, english) }
}
