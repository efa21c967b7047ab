import Foundation
import Testing
import ISMSBookTestSupport

struct ValidateCommandTests {
    @Test func jsonReportListsEveryDiagnostic() throws {
        let result = try CommandRunner.run(["validate", "--format", "json", "--assets"] + Samples.assets + ["--risks"] + Samples.risks)
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        let errors = diagnostics.filter { $0["severity"] as? String == "error" }.count
        #expect(document["errors"] as? Int == errors)
        #expect(errors > 0)
        #expect(document["assets"] as? Int == Samples.assetRows.reduce(0, +))
        let first = try #require(diagnostics.first)
        #expect(first["code"] as? String == "out-of-range")
        #expect(first["row"] as? Int == 9)
        #expect(first["header"] as? String == "完全性")
        #expect(first["value"] as? String == "4")
        let inputs = try #require(document["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["encoding"] as? String } == ["cp932", "utf-8", "utf-8", "cp932", "utf-8", "utf-8"])
    }

    @Test func textReportPrintsDiagnosticsAndASummary() throws {
        let result = try CommandRunner.run(["validate", "--assets", Samples.assets[2], "--risks", Samples.risks[2]])
        #expect(result.status == 0)
        #expect(result.stderr.contains("checked: 5 assets, 6 risks"))
    }
}

struct NormalizeCommandTests {
    private func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func assetsAsJSONLinesWithTheDocumentedKeys() throws {
        let result = try CommandRunner.run(["normalize", "--assets", Samples.assets[0]])
        #expect(result.status == 1)  // A-006's integrity 4, A-008's missing name and date
        let records = try jsonLines(result.stdout)
        #expect(records.count == 8)
        let keys = ["id", "name", "category", "owner", "department", "location", "medium", "users", "personal_data",
                    "confidentiality", "integrity", "availability", "value", "retention_until", "retention", "recorded_on",
                    "notes", "extra", "source", "invalid"]
        let firstLine = try #require(result.stdout.split(separator: "\n").first)
        let order = keys.compactMap { firstLine.range(of: "\"\($0)\":")?.lowerBound }
        #expect(order == order.sorted() && order.count == keys.count)
        // full-width digits, 有, ７年, R2.4.1.
        let a2 = records[1]
        #expect(a2["confidentiality"] as? Int == 2)
        #expect(a2["availability"] as? Int == 1)
        #expect(a2["personal_data"] as? String == "personal")
        #expect(a2["recorded_on"] as? String == "2020-04-01")
        #expect(a2["retention"] as? String == "7年")
        #expect(a2["retention_until"] as? String == "2027-04-01")
        #expect((a2["source"] as? [String: Any])?["row"] as? Int == 5)
        // 高/高/中 and a my-number flag column.
        #expect(records[2]["value"] as? Int == 3)
        #expect(records[2]["personal_data"] as? String == "my_number")
        // the invalid rating keeps its text.
        #expect((records[5]["invalid"] as? [String: String]) == ["integrity": "4"])
        #expect(records[5]["integrity"] is NSNull)
        // 永年.
        #expect(records[0]["retention_until"] is NSNull)
        #expect(records[0]["retention"] as? String == "永年")
    }

    @Test func risksNeedTheAssetsAndAreScored() throws {
        let missing = try CommandRunner.run(["normalize", "--risks", Samples.risks[2]])
        #expect(missing.status == 2)
        let result = try CommandRunner.run(["normalize", "--assets", Samples.assets[2], "--risks", Samples.risks[2]])
        #expect(result.status == 0)
        let records = try jsonLines(result.stdout)
        #expect(records.count == 6)
        #expect(records[0]["score"] as? Int == 18)
        #expect(records[0]["level"] as? String == "high")
        #expect(records[0]["treatment"] as? String == "reduce")
        #expect(records[0]["controls"] as? [String] == ["A.8.4", "A.8.28"])
        #expect(records[0]["accepted"] as? Bool == false)
        #expect(records[5]["controls"] as? [String] == ["A.5.30", "A.8.14"])
        #expect((records[0]["extra"] as? [String: String]) == ["Ticket": "JIRA-101"])
    }

    @Test func csvOutputIsSafeToOpenInExcel() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("assets.csv").path
        let result = try CommandRunner.run(["normalize", "--format", "csv", "--assets", Samples.assets[2], "-o", output])
        #expect(result.status == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("id,name,category,"))
        #expect(text.contains(",'+81-3-1234-5678 is the support line,"))
        #expect(text.contains(",'@daily refresh script,"))
        #expect(text.contains(",'-,None"))
        #expect(text.contains("\r\n0012,Design documents,"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["assets.csv"])
    }
}
