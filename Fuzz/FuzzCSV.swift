// Compiled by Scripts/fuzz.sh into one module with the core sources it exercises.
/// Feeds the input to the CSV tokenizer in chunks whose sizes come from the input itself, detects
/// its encoding, and decodes every field in every encoding; nothing may trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let detection = EncodingDetector.detect(bytes, isComplete: true)
    var transcoded: [UInt8] = []
    var transcoder = UTF16Transcoder(isBigEndian: (bytes.first ?? 0) & 1 == 1)
    transcoder.transcode(bytes, into: &transcoded)
    transcoder.finish(into: &transcoded)
    for delimiter in [UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: ";")] {
        var tokenizer = CSVTokenizer(delimiter: delimiter)
        var index = 0
        var step = Int(bytes.first ?? 7) % 13 + 1
        while index < bytes.count {
            tokenizer.feed(bytes[index..<min(index + step, bytes.count)])
            index += step
            step = step % 13 + 1
        }
        tokenizer.finish()
        for record in tokenizer.takeCompleted() {
            for field in 0..<record.fieldCount {
                for encoding in TextEncoding.allCases { _ = FieldDecoder.decode(record.field(field), as: encoding) }
            }
        }
    }
    _ = DelimiterSniffer.sniff(bytes)
    _ = detection
    return 0
}
