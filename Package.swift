// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "ismsbook",
    products: [
        .executable(name: "ismsbook", targets: ["ismsbook"]),
        .library(name: "ISMSBookCore", targets: ["ISMSBookCore"]),
        .library(name: "ISMSBookWriter", targets: ["ISMSBookWriter"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // libxlsxwriter from the system (Debian: libxlsxwriter-dev), located through xlsxwriter.pc.
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]
        ),
        // The system's libcrypto (Debian: libssl-dev), for the SHA-256 of every input. Not
        // swift-crypto, which compiles its own BoringSSL for this one hash: on this project's 2-core
        // machine a cold debug build of the package took 186 s and 206 s with swift-crypto 4.5.2
        // against 75 s and 74 s with libcrypto, a release build 336 s against 173 s, and
        // `validate` of a 1,000,000-row register (178 MB) the same time within the noise
        // (medians 24.4 s and 23.0 s, 3 interleaved runs; libcrypto hashes 1.39 GB/s here).
        // Measured 2026-12-02; docs/performance.md has the runs.
        .systemLibrary(name: "CLibCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]),
        // Read → normalise → score → validate. No C of our own, no file-format writer.
        .target(
            name: "ISMSBookCore",
            dependencies: [
                "CLibCrypto",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The only module that touches libxlsxwriter: owns its handles, renders registers into styled sheets.
        .target(name: "ISMSBookWriter", dependencies: ["ISMSBookCore", "CXLSXWriter"]),
        // Parses flags, wires the stages, prints diagnostics, maps outcomes to exit statuses.
        .executableTarget(
            name: "ismsbook",
            dependencies: [
                "ISMSBookCore", "ISMSBookWriter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets (temporary folders).
        .target(
            name: "ISMSBookTestSupport", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/ISMSBookTestSupport"),
        .testTarget(
            name: "ISMSBookCoreTests", dependencies: ["ISMSBookCore", "ISMSBookTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ISMSBookWriterTests", dependencies: ["ISMSBookWriter", "ISMSBookCore", "ISMSBookTestSupport"]),
        .testTarget(
            name: "ismsbookEndToEndTests", dependencies: ["ismsbook", "ISMSBookCore", "ISMSBookTestSupport"], exclude: ["Corpus", "Golden"]),
    ]
)

for target in package.targets where [.regular, .executable, .test].contains(target.type) {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
