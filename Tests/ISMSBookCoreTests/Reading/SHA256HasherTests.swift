import Foundation
import Testing

@testable import ISMSBookCore
import ISMSBookTestSupport

/// The inputs' SHA-256 (through the system's libcrypto), against FIPS 180-4's examples.
struct SHA256HasherTests {
    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    @Test func theStandardsExamples() {
        let empty = SHA256Hasher()
        #expect(Self.hex(empty.finalize()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let abc = SHA256Hasher()
        abc.update(Array("abc".utf8))
        #expect(Self.hex(abc.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Self.hex(abc.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// A file of several read chunks hashes as the whole of its bytes: a million `a`s, FIPS 180-4's
    /// long example, spread over chunks of 1 MiB.
    @Test func aFileReadInChunksHashesAsAWhole() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("a.txt", bytes: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000 + 2 * InputFile.chunkSize))
        let (sha, count) = try InputFile.digest(of: path)
        #expect(count == 1_000_000 + 2 * InputFile.chunkSize)
        let million = SHA256Hasher()
        million.update([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        #expect(Self.hex(million.finalize()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        let whole = SHA256Hasher()
        whole.update([UInt8](repeating: UInt8(ascii: "a"), count: count))
        #expect(sha == Self.hex(whole.finalize()))
    }
}
