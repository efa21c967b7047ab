// Compiled by Scripts/fuzz.sh into one module with the core sources it exercises.
/// Every value parser on arbitrary text; nothing may trap, and what parses must be in range.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalisers(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let date = DateParser.parse(text).date { precondition((1...9999).contains(date.year)) }
    for scale in [3, 5, 10] {
        if let level = LevelParser.parse(text, scale: scale).level { precondition((1...scale).contains(level.value)) }
    }
    _ = PersonalDataKind.parse(text)
    _ = Treatment.parse(text)
    _ = ControlListParser.parse(text)
    _ = RetentionParser.parse(text)
    _ = TextNormaliser.normalise(text)
    _ = TextNormaliser.key(text)
    _ = ColumnMap<AssetField>.field(for: text)
    return 0
}
