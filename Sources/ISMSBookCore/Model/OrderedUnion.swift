extension Sequence where Element: Sequence, Element.Element == String {
    /// Every name of the lists once, in the order first seen: the extra columns of several files
    /// laid out as one register.
    func orderedUnion() -> [String] {
        var seen = Set<String>()
        return joined().filter { seen.insert($0).inserted }
    }
}
