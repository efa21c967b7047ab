import Foundation

/// Runs the built `ismsbook` executable and captures what it prints.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository root, where `samples/` is.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The executable: `swift test` builds it next to the test bundle.
    static let executable: URL = {
        let products = Bundle.main.bundleURL
        let candidates = [products.appendingPathComponent("ismsbook"),
                          products.deletingLastPathComponent().appendingPathComponent("ismsbook")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// Runs the executable and waits for it.
    ///
    /// Its stdout and stderr go to files, not pipes: a pipe holds 64 KiB, and a run that fills one
    /// while the other is being read stalls for ever (reading stdout to the end before stderr
    /// did, once a run printed more than 64 KiB of diagnostics).
    static func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL = root) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("ismsbook-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: capture) }
        let outURL = capture.appendingPathComponent("stdout")
        let errURL = capture.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// The bundled samples, and how many data rows each file has.
enum Samples {
    static let departments = "samples/departments"
    static let assets = ["\(departments)/経理部/資産台帳.csv", "\(departments)/人事部/資産台帳.csv", "\(departments)/開発部/assets.csv"]
    static let risks = ["\(departments)/経理部/リスク評価.csv", "\(departments)/人事部/リスク評価.csv", "\(departments)/開発部/risks.csv"]
    /// Data rows per file, counted by hand from the files (title and blank rows excluded).
    static let assetRows = [8, 6, 5]
    static let riskRows = [6, 5, 6]

    static func buildArguments(output: String, extra: [String] = []) -> [String] {
        ["build", "--assets"] + assets + ["--risks"] + risks + ["--org", "株式会社サンプル", "-o", output] + extra
    }
}
