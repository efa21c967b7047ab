// A libFuzzer target, linked by Scripts/fuzz.sh against the core built with coverage.
@_spi(Fuzzing) import ISMSBookCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalisers(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let broken = FuzzTargets.run("FuzzNormalisers", Array(UnsafeBufferPointer(start: data, count: size)))
    // A broken invariant is a finding: libFuzzer saves the input that trapped.
    if !broken.isEmpty { fatalError("FuzzNormalisers: \(broken.joined(separator: "; "))") }
    return 0
}
