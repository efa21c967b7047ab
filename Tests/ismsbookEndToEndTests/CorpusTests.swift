import Foundation
import ISMSBookCore
import ISMSBookTestSupport
import Testing

/// Broken and hostile inputs: each gives its diagnostic (file, row, column) and the documented exit
/// status, and none crashes, hangs or prints a stack trace.
struct CorpusTests {
    static let corpus = CommandRunner.root.appendingPathComponent("Tests/ismsbookEndToEndTests/Corpus")

    /// `validate --format json` on a corpus file: the exit status and the diagnostics.
    private func validate(_ path: String, extra: [String] = []) throws -> (Int32, [[String: Any]], String) {
        let result = try CommandRunner.run(["validate", "--format", "json", "--assets", path] + extra)
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"), "\(result.stderr)")
        let document = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any]
        return (result.status, document?["diagnostics"] as? [[String: Any]] ?? [], result.stderr)
    }

    @Test(arguments: [
        ("unterminated-quote.csv", 1, "unterminated-quote", 3, 2),
        ("stray-quote.csv", 0, "stray-quote", 2, 2),
        ("text-after-quote.csv", 0, "text-after-quote", 2, 2),
        ("ragged-rows.csv", 1, "surplus-cells", 2, 6),
        ("nul-bytes.csv", 0, "nul-bytes", 2, 2),
        ("invalid-utf8.csv", 1, "invalid-bytes", 2, 2),
        ("invalid-sjis.csv", 1, "invalid-bytes", 2, 2),
        ("utf16-no-bom.txt", 0, "guessed-encoding", 0, 0),
        ("mixed-line-ends.csv", 0, "mixed-line-ends", 0, 0),
        ("header-repeated.csv", 0, "header-repeated", 3, 0),
        ("bom-only.csv", 1, "empty-file", 0, 0),
        ("empty.csv", 1, "empty-file", 0, 0),
        ("no-header.csv", 1, "no-header", 1, 0),
    ])
    func eachBadFileHasItsDiagnostic(file: String, status: Int32, code: String, row: Int, column: Int) throws {
        let path = Self.corpus.appendingPathComponent(file).path
        let (exit, diagnostics, _) = try validate(path)
        #expect(exit == status)
        let found = diagnostics.first { $0["code"] as? String == code }
        #expect(found != nil, "\(diagnostics)")
        #expect((found?["row"] as? Int ?? 0) == row)
        #expect((found?["column"] as? Int ?? 0) == column)
        #expect(found?["file"] as? String == path)
    }

    @Test func theRowsOfBadFilesAreKept() throws {
        let result = try CommandRunner.run(["normalize", "--assets", Self.corpus.appendingPathComponent("ragged-rows.csv").path])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").count == 2)
        let nul = try CommandRunner.run(["normalize", "--assets", Self.corpus.appendingPathComponent("nul-bytes.csv").path])
        #expect(nul.stdout.contains("\"name\":\"会計\""))
    }

    @Test func aTenMegabyteCellIsCutInTheWorkbookAndWholeInTheRecords() throws {
        let folder = try TemporaryFolder()
        let long = String(repeating: "長い備考です。", count: 500_000)  // 3.5 million characters, 10.5 MB
        let path = try folder.write("long.csv", text: "資産ID,情報資産の名称,機密性,備考\nA-1,会計,3,\"\(long)\"\n")
        let output = folder.url.appendingPathComponent("out.xlsx").path
        let build = try CommandRunner.run(["build", "--assets", path, "-o", output])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("warning: text longer than Excel's 32767 characters, cut at 情報資産管理台帳!Q2"))
        let cell = try XLSXWorkbookReader(path: output).cells(ofSheet: "情報資産管理台帳").first { $0.row == 1 && $0.column == 16 }
        #expect(cell?.string?.utf16.count == 32_767)
        let records = try CommandRunner.run(["normalize", "--assets", path])
        #expect(records.stdout.contains(long))
    }

    @Test func twentyThousandColumnsAreAnErrorAndTheRestIsWritten() throws {
        let folder = try TemporaryFolder()
        let extra = (1...20_000).map { "列\($0)" }
        let path = try folder.write(
            "wide.csv",
            text: (["資産ID", "情報資産の名称", "機密性"] + extra).joined(separator: ",") + "\n"
                + (["A-1", "会計", "3"] + extra.map { "値\($0)" }).joined(separator: ",") + "\n")
        let output = folder.url.appendingPathComponent("out.xlsx").path
        let build = try CommandRunner.run(["build", "--assets", path, "-o", output])
        #expect(build.status == 1, "\(build.stderr)")
        #expect(build.stderr.contains("error: 20000 extra columns, more than a sheet holds: the first 16352"))
        let rows = try XLSXWorkbookReader(path: output).rows(ofSheet: "情報資産管理台帳")
        #expect(rows.count == 2)
        #expect(rows[0].count <= 16_384)
        let records = try CommandRunner.run(["normalize", "--assets", path])
        #expect(records.stdout.contains("\"列20000\":\"値列20000\""))
    }

    @Test func specialFilesAreRefusedWithoutHanging() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.url.appendingPathComponent("pipe.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = try CommandRunner.run(["validate", "--assets", fifo])  // would block in open() if not refused
        #expect(result.status == 2)
        #expect(result.stderr.contains("pipe.csv: error: is a named pipe (FIFO)"))
        let directory = try CommandRunner.run(["validate", "--assets", folder.url.path])
        #expect(directory.status == 2)
        let dangling = folder.url.appendingPathComponent("gone.csv").path
        #expect(symlink(folder.url.appendingPathComponent("nothing").path, dangling) == 0)
        #expect(try CommandRunner.run(["validate", "--assets", dangling]).status == 2)
    }

    @Test func aReadThatFailsMidwayIsTwo() throws {
        // /proc/self/mem looks like a regular file, and reading it from offset 0 fails with EIO.
        let result = try CommandRunner.run(["validate", "--assets", "/proc/self/mem"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/proc/self/mem: error: read failed"))
    }

    @Test func anOutputOnAReadOnlyFileSystemIsThree() throws {
        let result = try CommandRunner.run(["build", "--assets", Samples.assets[2], "-o", "/proc/ismsbook-test.xlsx"])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("/proc/ismsbook-test.xlsx"))
    }

    /// A full disk, simulated by a file-size limit (RLIMIT_FSIZE, with SIGXFSZ ignored, so writes
    /// fail with EFBIG as they would with ENOSPC): exit 3, and no temporary file is left.
    @Test func aFullDiskIsThreeAndLeavesNothing() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out.xlsx").path
        let binary = CommandRunner.executable.path
        let script = "trap '' XFSZ; ulimit -f 8; exec '\(binary)' build --assets \(Samples.assets.joined(separator: " ")) -o '\(output)'"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = CommandRunner.root
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 3, "\(stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    /// Ctrl-C in the middle of a build leaves neither the workbook nor a temporary file.
    @Test func anInterruptedBuildLeavesNothing() throws {
        let folder = try TemporaryFolder()
        let generated = folder.url.appendingPathComponent("data")
        #expect(try CommandRunner.run(["generate", "--assets", "60000", "--risks", "60000", "-o", generated.path]).status == 0)
        let output = folder.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["build", "--assets", generated.appendingPathComponent("assets.csv").path, "--risks",
                             generated.appendingPathComponent("risks.csv").path, "-o", output.appendingPathComponent("x.xlsx").path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.0)
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130, "status \(process.terminationStatus), reason \(process.terminationReason)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == [])
    }

    /// Text that a spreadsheet would take for a formula stays text in the workbook, exactly.
    @Test func formulaLikeTextStaysText() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out.xlsx").path
        let build = try CommandRunner.run(["build", "--assets", Self.corpus.appendingPathComponent("formula-like.csv").path, "-o", output])
        #expect(build.status == 0, "\(build.stderr)")
        let reader = try XLSXWorkbookReader(path: output)
        let memo = try reader.rows(ofSheet: "情報資産管理台帳").dropFirst().compactMap { $0.last??.string }
        #expect(memo == ["=HYPERLINK(\"http://x\",\"x\")", "+81-3-0000", "@SUM(1)", "-1+1", "\tTAB", "\rCR"])
        #expect(!String(decoding: try reader.entry("xl/worksheets/sheet2.xml"), as: UTF8.self).contains("<f>"))
        #expect(!reader.entryPaths.contains { $0.contains("hyperlink") })
    }
}
