import Foundation
import ISMSBookCore
import Testing
import ISMSBookTestSupport

struct DelimitedTextReaderTests {
    private func readAll(_ path: String, encoding: TextEncoding? = nil) throws -> (DelimitedTextReader, [RawRecord]) {
        let reader = try DelimitedTextReader(path: path, encoding: encoding)
        var records: [RawRecord] = []
        while let record = try reader.next() { records.append(record) }
        return (reader, records)
    }

    @Test func readsExcelsShiftJISExport() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("sjis.csv", text: "管理番号,名称\r\nA-001,\"会計①、\r\n㈱\"\r\n", encoding: .shiftJIS)
        let (reader, records) = try readAll(path)
        #expect(reader.encoding == .cp932)
        #expect(records.map(\.fields) == [["管理番号", "名称"], ["A-001", "会計①、\n㈱"]])
        #expect(records.map(\.row) == [1, 2])
    }

    @Test func readsUTF8WithBOM() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bom.csv", text: "資産ID,名称\nHR-1,人事\n", bom: [0xEF, 0xBB, 0xBF])
        let (reader, records) = try readAll(path)
        #expect(reader.encoding == .utf8)
        #expect(records[0].fields == ["資産ID", "名称"])
    }

    @Test(arguments: [(String.Encoding.utf16LittleEndian, [UInt8]([0xFF, 0xFE]), TextEncoding.utf16LE),
                      (.utf16BigEndian, [0xFE, 0xFF], .utf16BE)])
    func readsExcelsUnicodeText(encoding: String.Encoding, bom: [UInt8], expected: TextEncoding) throws {
        let folder = try TemporaryFolder()
        let text = "資産ID\t名称\tメモ\r\nA-1\t🔒金庫\t\"改行\r\nあり\"\r\n"
        let path = try folder.write("unicode.txt", text: text, encoding: encoding, bom: bom)
        let (reader, records) = try readAll(path)
        #expect(reader.encoding == expected)
        #expect(reader.delimiter == UInt8(ascii: "\t"))
        #expect(records.map(\.fields) == [["資産ID", "名称", "メモ"], ["A-1", "🔒金庫", "改行\nあり"]])
    }

    @Test func reportsInvalidBytesWithTheirRowAndColumn() throws {
        let folder = try TemporaryFolder()
        let bytes = Array("id,name\n1,ok\n2,".utf8) + [0xE3, 0x81] + Array("\n".utf8)
        let path = try folder.write("bad.csv", bytes: bytes)
        let (_, records) = try readAll(path, encoding: .utf8)
        #expect(records[2].fields[1].contains("\u{FFFD}"))
        let diagnostic = try #require(records[2].diagnostics.first)
        #expect(diagnostic.code == "invalid-bytes")
        #expect(diagnostic.location.row == 3)
        #expect(diagnostic.location.column == 2)
    }

    @Test func readsAcrossChunkBoundaries() throws {
        let folder = try TemporaryFolder()
        // More than one 1 MiB chunk, with a multi-line quoted field in every row.
        var text = "id,note\n"
        for index in 0..<40_000 { text += "\(index),\"第\(index)行,\n改行あり\"\n" }
        let path = try folder.write("big.csv", text: text, encoding: .shiftJIS)
        let (reader, records) = try readAll(path)
        #expect(reader.encoding == .cp932)
        #expect(records.count == 40_001)
        #expect(records.last?.fields == ["39999", "第39999行,\n改行あり"])
        #expect(records.allSatisfy { $0.diagnostics.isEmpty })
        #expect(reader.byteCount > 1 << 20)
    }

    @Test func hashesTheWholeFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("abc.csv", text: "abc")
        let (reader, _) = try readAll(path)
        // SHA-256("abc"), FIPS 180-2 appendix B.1.
        #expect(reader.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func refusesAMissingFileAndADirectory() throws {
        let folder = try TemporaryFolder()
        #expect(throws: InputError.self) { try DelimitedTextReader(path: folder.url.appendingPathComponent("none.csv").path) }
        do {
            _ = try DelimitedTextReader(path: folder.url.path)
            Issue.record("a directory was opened")
        } catch let error as InputError {
            #expect(error.message.contains("directory"))
        }
    }

    @Test func anEmptyFileHasNoRecords() throws {
        let folder = try TemporaryFolder()
        let (_, records) = try readAll(try folder.write("empty.csv", bytes: []))
        #expect(records.isEmpty)
        let (_, bomOnly) = try readAll(try folder.write("bom.csv", bytes: [0xEF, 0xBB, 0xBF]))
        #expect(bomOnly.isEmpty)
    }
}
