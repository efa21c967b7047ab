import Testing

@testable import ISMSBookCore

struct CSVTokenizerTests {
    private func records(_ text: String, delimiter: Character = ",", chunk: Int = 3) -> [[String]] {
        var tokenizer = CSVTokenizer(delimiter: UInt8(ascii: delimiter.unicodeScalars.first!))
        let bytes = Array(text.utf8)
        // Feed in small chunks, so fields and CRLFs are split across chunk boundaries.
        var index = 0
        var result: [CSVTokenizer.Record] = []
        while index < bytes.count {
            tokenizer.feed(bytes[index..<min(index + chunk, bytes.count)])
            result += tokenizer.takeCompleted()
            index += chunk
        }
        tokenizer.finish()
        result += tokenizer.takeCompleted()
        return result.map { record in (0..<record.fieldCount).map { String(decoding: record.field($0), as: UTF8.self) } }
    }

    @Test func splitsRFC4180() {
        #expect(records("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
    }

    @Test func handlesQuotedCommasQuotesAndNewlines() {
        let text = "id,note\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"line1\r\nline2\"\r\n"
        #expect(records(text) == [["id", "note"], ["1", "a, b"], ["2", "say \"hi\""], ["3", "line1\nline2"]])
    }

    @Test func acceptsLFCRLFAndCRLineEnds() {
        #expect(records("a\nb\r\nc\rd") == [["a"], ["b"], ["c"], ["d"]])
    }

    @Test func keepsEmptyFieldsAndLines() {
        #expect(records("a,,c\n\n,\n") == [["a", "", "c"], [""], ["", ""]])
    }

    @Test func lastRecordWithoutLineBreakIsKept() {
        #expect(records("a,b") == [["a", "b"]])
    }

    @Test func splitsOnTabs() {
        #expect(records("a\tb,c\n", delimiter: "\t") == [["a", "b,c"]])
    }

    @Test func reportsAndKeepsAStrayQuote() {
        var tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","))
        tokenizer.feed(Array("ab\"c,d\n".utf8))
        let record = tokenizer.takeCompleted()[0]
        #expect(String(decoding: record.field(0), as: UTF8.self) == "ab\"c")
        #expect(record.anomalies == [.init(kind: .strayQuote, field: 0)])
    }

    @Test func reportsAndKeepsTextAfterAClosingQuote() {
        var tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","))
        tokenizer.feed(Array("\"ab\"c,d\n".utf8))
        let record = tokenizer.takeCompleted()[0]
        #expect(String(decoding: record.field(0), as: UTF8.self) == "abc")
        #expect(record.anomalies == [.init(kind: .textAfterClosingQuote, field: 0)])
    }

    @Test func reportsAnUnterminatedQuoteAndKeepsTheRest() {
        var tokenizer = CSVTokenizer(delimiter: UInt8(ascii: ","))
        tokenizer.feed(Array("a,\"open\nnext,row\n".utf8))
        tokenizer.finish()
        let records = tokenizer.takeCompleted()
        #expect(records.count == 1)
        #expect(String(decoding: records[0].field(1), as: UTF8.self) == "open\nnext,row\n")
        #expect(records[0].anomalies == [.init(kind: .unterminatedQuote, field: 1)])
    }

    @Test func snifferFindsTheDelimiter() {
        #expect(DelimiterSniffer.sniff(Array("a,b,c\n1,2,3\n".utf8)) == UInt8(ascii: ","))
        #expect(DelimiterSniffer.sniff(Array("a\tb\tc\n1\t2,5\t3\n".utf8)) == UInt8(ascii: "\t"))
        #expect(DelimiterSniffer.sniff(Array("a;b;c\n1;\"2;5\";3\n".utf8)) == UInt8(ascii: ";"))
        #expect(DelimiterSniffer.parse("tab") == UInt8(ascii: "\t"))
        #expect(DelimiterSniffer.parse("\"") == nil)
    }
}
