// A libFuzzer target, linked by Scripts/fuzz.sh against the core built with coverage.
@_spi(Fuzzing) import ISMSBookCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let broken = FuzzTargets.run("FuzzCSV", Array(UnsafeBufferPointer(start: data, count: size)))
    // A broken invariant is a finding: libFuzzer saves the input that trapped.
    if !broken.isEmpty { fatalError("FuzzCSV: \(broken.joined(separator: "; "))") }
    return 0
}
