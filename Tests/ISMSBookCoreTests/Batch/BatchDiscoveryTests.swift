import ISMSBookCore
import Testing

struct BatchDiscoveryTests {
    private func discover(_ root: [BatchDiscovery.Entry], _ folders: [String: [String]]) -> BatchDiscovery.Result {
        BatchDiscovery.discover(root: "in", entries: root) { path in
            (folders[String(path.dropFirst(3))] ?? []).map { BatchDiscovery.Entry(name: $0, isFolder: false) }
        }
    }

    @Test func foldersAndPrefixedFilesAreDepartments() {
        let result = discover(
            [.init(name: "人事部", isFolder: true), .init(name: "経理部", isFolder: true), .init(name: "総務部_assets.csv", isFolder: false),
             .init(name: "総務部_リスク評価.csv", isFolder: false), .init(name: "README.md", isFolder: false),
             .init(name: ".cache", isFolder: true), .init(name: "空", isFolder: true)],
            ["人事部": ["資産台帳.csv", "リスク評価.csv", "メモ.txt", ".~lock.csv#"], "経理部": ["Assets 2026.TSV", "risks.csv"], "空": []])
        #expect(result.departments.map(\.name) == ["人事部", "空", "経理部", "総務部"])
        #expect(result.departments[0].assetFiles == ["in/人事部/資産台帳.csv"])
        #expect(result.departments[0].riskFiles == ["in/人事部/リスク評価.csv"])
        #expect(result.departments[1].hasRegisters == false)
        #expect(result.departments[2].assetFiles == ["in/経理部/Assets 2026.TSV"])
        #expect(result.departments[3].assetFiles == ["in/総務部_assets.csv"])
        #expect(result.departments[3].riskFiles == ["in/総務部_リスク評価.csv"])
        #expect(result.ignored == ["in/README.md", "in/人事部/メモ.txt"])
    }

    @Test func theListingOrderDoesNotMatter() {
        let names = ["b", "a", "c"]
        let first = discover(names.map { .init(name: $0, isFolder: true) }, ["a": ["assets.csv"], "b": ["assets.csv"], "c": ["risks.csv"]])
        let second = discover(names.reversed().map { .init(name: $0, isFolder: true) },
                              ["a": ["assets.csv"], "b": ["assets.csv"], "c": ["risks.csv"]])
        #expect(first == second)
    }
}

struct ShardTests {
    @Test func everyDepartmentIsInExactlyOneShard() throws {
        let names = (1...200).map { "部門\($0)" }
        let shards = try (1...3).map { try #require(Shard("\($0)/3")) }
        for name in names { #expect(shards.filter { $0.contains(name) }.count == 1) }
        // The hash spreads them: no shard is empty or has nearly everything.
        for shard in shards { #expect((40...90).contains(names.filter(shard.contains).count)) }
    }

    @Test(arguments: ["0/3", "4/3", "1/0", "a/b", "1", "1/2/3"])
    func rejectsBadShards(text: String) { #expect(Shard(text) == nil) }
}

struct SafeNameTests {
    @Test(arguments: [
        ("経理部", "経理部"), ("../x", "_x"), ("a:b*c?", "a_b_c_"), ("..", "_"), (".hidden", "hidden"), ("con", "_con"),
        ("a/b\\c", "a_b_c"), ("  spaced  ", "spaced"), ("tab\there", "tab_here"),
    ])
    func fileNamesStayInTheirFolder(name: String, expected: String) {
        #expect(SafeName.fileName(name) == expected)
    }

    @Test func sheetNamesFollowExcelsRules() {
        #expect(SafeName.sheetName("情報資産管理台帳 [経理部]: 2026/04") == "情報資産管理台帳 _経理部__ 2026_04")
        #expect(SafeName.sheetName(String(repeating: "あ", count: 40)).count == 31)
        #expect(SafeName.sheetName("'quoted'") == "quoted")
        #expect(SafeName.sheetName("History") == "_History")
        #expect(SafeName.sheetName("") == "_")
    }

    @Test func uniqueNamesIgnoreCase() {
        #expect(SafeName.unique(["a_b", "A_B", "a_b", "c"]) == ["a_b", "A_B (2)", "a_b (3)", "c"])
    }
}
