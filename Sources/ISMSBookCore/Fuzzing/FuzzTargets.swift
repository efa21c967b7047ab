import Foundation

/// The entry points of the fuzz targets in `Fuzz/`: each takes arbitrary bytes to the code that
/// reads untrusted input, and returns the invariants the input broke (none, if all is well).
/// Nothing here may trap or hang whatever the bytes.
///
/// `Scripts/fuzz.sh` links each libFuzzer target against the whole core built with coverage,
/// so the targets cannot fall out of step with the sources, and `swift test` replays the earlier
/// findings in `Fuzz/corpus/` through these same functions.
@_spi(Fuzzing)
public enum FuzzTargets {
    /// The names of the targets, as the folders of `Fuzz/corpus/` and the files of `Fuzz/`.
    public static let names = ["FuzzCSV", "FuzzNormalisers", "FuzzXLSX", "FuzzJSONLines"]

    /// Runs the target called `name` on `bytes`.
    public static func run(_ name: String, _ bytes: [UInt8]) -> [String] {
        switch name {
        case "FuzzCSV": csv(bytes)
        case "FuzzNormalisers": normalisers(bytes)
        case "FuzzXLSX": xlsx(bytes)
        case "FuzzJSONLines": jsonLines(bytes)
        default: ["no fuzz target \(name)"]
        }
    }

    /// Encoding detection, transcoding, delimiter sniffing and the CSV tokenizer, fed in chunks
    /// whose sizes come from the input itself; every field decoded in every encoding.
    public static func csv(_ bytes: [UInt8]) -> [String] {
        _ = EncodingDetector.detect(bytes, isComplete: true)
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
        return []
    }

    /// Every value parser on arbitrary text: what parses must be in range.
    public static func normalisers(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        var broken: [String] = []
        if let date = DateParser.parse(text).date, !(1...9999).contains(date.year) { broken.append("date year \(date.year)") }
        for scale in [3, 5, 10] {
            if let level = LevelParser.parse(text, scale: scale).level, !(1...scale).contains(level.value) {
                broken.append("level \(level.value) on a 1–\(scale) scale")
            }
        }
        _ = PersonalDataKind.parse(text)
        _ = Treatment.parse(text)
        _ = ControlListParser.parse(text)
        _ = RetentionParser.parse(text)
        _ = TextNormaliser.normalise(text)
        _ = TextNormaliser.key(text)
        _ = ColumnMap<AssetField>.field(for: text)
        _ = ColumnMap<RiskField>.field(for: text)
        return broken
    }

    /// The worksheet XML scanner, fed 97 bytes at a time, and the parsers of a workbook's other
    /// parts on the same bytes.
    public static func xlsx(_ bytes: [UInt8]) -> [String] {
        var offset = 0
        var scanner = SheetXMLScanner {
            defer { offset += 97 }
            return offset < bytes.count ? Array(bytes[offset..<min(offset + 97, bytes.count)]) : []
        }
        var rows = 0
        while let _ = try? scanner.nextRow(), rows < 100_000 { rows += 1 }
        _ = SharedStringsParser.parse(Data(bytes))
        _ = StylesParser.dateStyles(Data(bytes))
        _ = WorkbookParser.parse(Data(bytes))
        return []
    }

    /// The JSON Lines parser `merge` reads a batch's records with, and the strict decoders on top
    /// of it: what it accepts must parse the same way twice.
    public static func jsonLines(_ bytes: [UInt8]) -> [String] {
        let line = Data(bytes)
        var broken: [String] = []
        if let value = try? JSONLineParser.parse(line), (try? JSONLineParser.parse(line)) != value {
            broken.append("parsed differently the second time")
        }
        _ = try? JSONLineParser.forEachMember(of: line) { _, value in
            _ = try? value.optionalString()
            _ = try? value.strings()
            _ = try? value.stringPairs()
        }
        _ = try? RecordDecoder<RiskField>(profile: .standard, department: "d", extraColumns: ["x"]).decode(line)
        _ = try? RecordDecoder<AssetField>(profile: .standard, department: "d", extraColumns: []).decode(line)
        _ = try? DiagnosticLine.decode(line)
        _ = try? BatchReport.decode(line, file: "report.json")
        return broken
    }
}
