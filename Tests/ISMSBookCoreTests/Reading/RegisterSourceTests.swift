import Foundation
import ISMSBookCore
import Testing
import ISMSBookTestSupport

struct RegisterSourceTests {
    @Test func findsTheHeaderBelowATitleBlockAndSkipsBlankRows() throws {
        let folder = try TemporaryFolder()
        let text = "情報資産管理台帳　経理部,,\n,,\n管理番号,情報資産の名称,機密性\nA-1,会計,3\n,,\nA-2,請求書,2\n"
        let path = try folder.write("a.csv", text: text, encoding: .shiftJIS)
        let source = try RegisterSource<AssetField>(path: path, kind: .assets, encoding: nil, delimiter: nil)
        #expect(source.columns.headerRow == 3)
        #expect(source.columns.columns[.name] == 1)
        #expect(source.openingDiagnostics.isEmpty)
        var rows: [RawRecord] = []
        while let row = try source.nextRow() { rows.append(row) }
        #expect(rows.map(\.row) == [4, 6])
        #expect(source.rowsRead == 2)
        #expect(source.blankRows == 1)
    }

    @Test func aFileWithoutKnownHeadersKeepsEveryColumn() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("x.csv", text: "foo,bar\n1,2\n")
        let source = try RegisterSource<AssetField>(path: path, kind: .assets, encoding: nil, delimiter: nil)
        #expect(source.openingDiagnostics.map(\.code) == ["no-header"])
        #expect(source.columns.extras.map(\.name) == ["foo", "bar"])
        #expect(try source.nextRow()?.fields == ["1", "2"])
    }
}
