import Foundation
import Testing

@testable import ISMSBookCore

/// The worksheet scanner on hand-written XML, including the inputs the fuzzer found
/// (Fuzz/corpus/FuzzXLSX).
struct SheetXMLScannerTests {
    private func rows(_ xml: String) throws -> [SheetXMLScanner.RawRow] {
        var bytes = Array(xml.utf8)
        var scanner = SheetXMLScanner {
            // Seven bytes at a time, so tags and entities straddle the reads.
            defer { bytes.removeFirst(min(7, bytes.count)) }
            return Array(bytes.prefix(7))
        }
        var rows: [SheetXMLScanner.RawRow] = []
        while let row = try scanner.nextRow() { rows.append(row) }
        return rows
    }

    @Test(arguments: [("A1", 0), ("C12", 2), ("AA3", 26), ("XFD1048576", 16_383), ("xfd1", 16_383)])
    func columnLettersAreRead(reference: String, column: Int) {
        #expect(SheetXMLScanner.column(of: reference) == column)
    }

    @Test(arguments: ["XFE1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1", "1", ""])
    func referencesOutsideTheGridAreIgnored(reference: String) {
        #expect(SheetXMLScanner.column(of: reference) == nil)
    }

    @Test func cellsAndRowsWithoutOrWithAbsurdReferencesFollowTheirNeighbours() throws {
        let rows = try rows("""
            <worksheet><sheetData>
            <row r="2"><c r="B2" t="inlineStr"><is><t>a&amp;b</t></is></c><c><v>7</v></c></row>
            <row r="99999999999999999999999"><c r="\(String(repeating: "A", count: 60))9"><v>1</v></c></row>
            <row><c t="str"><f>1+1</f><v>2</v></c></row>
            </sheetData></worksheet>
            """)
        #expect(rows.map(\.number) == [2, 3, 4])
        #expect(rows[0].cells.map(\.column) == [1, 2])
        #expect(rows[0].cells.map(\.value) == ["a&b", "7"])
        #expect(rows[1].cells.map(\.column) == [0])
        #expect(rows[2].cells.first?.formula == "1+1")
        #expect(rows[2].cells.first?.value == "2")
    }

    /// An entity that names no character is kept as written, not turned into something else.
    @Test func anEntityOutsideUnicodeIsKeptAsWritten() throws {
        let rows = try rows("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>&#xFFFFFFFF;</v></c></row>")
        #expect(rows.map(\.number) == [1])
        #expect(rows.first?.cells.map(\.column) == [0])
        #expect(rows.first?.cells.map(\.value) == ["&#xFFFFFFFF;"])
    }

    /// A sheet cut short in the middle of a cell ends (it does not trap or hang), but today the
    /// cut cell is lost without a word: the hardening issue makes this an error. When it does,
    /// this known issue stops being recorded and the test says so.
    @Test func aSheetCutShortEndsButLosesItsLastCell() throws {
        var result: [SheetXMLScanner.RawRow]?
        var failure: (any Error)?
        do { result = try rows("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1") } catch { failure = error }
        #expect(result != nil || failure != nil)
        #expect(result.map { $0.map(\.number) } ?? [1] == [1])
        withKnownIssue("a sheet cut short inside a cell loses the cell silently") {
            #expect(failure != nil || result?.first?.cells.first?.value == "1")
        }
    }
}
