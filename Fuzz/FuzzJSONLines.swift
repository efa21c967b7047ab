// Compiled by Scripts/fuzz.sh into one module with the core sources it exercises.
import Foundation

/// The JSON Lines parser that `merge` reads a batch's records with, on arbitrary bytes: it may
/// refuse them, never trap, and what it accepts must parse the same way twice.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let line = Data(bytes: data, count: size)
    if let value = try? JSONLineParser.parse(line) {
        precondition((try? JSONLineParser.parse(line)) == value)
    }
    var members = 0
    _ = try? JSONLineParser.forEachMember(of: line) { _, value in
        members += 1
        _ = try? value.optionalString()
        _ = try? value.strings()
        _ = try? value.stringPairs()
    }
    return 0
}
