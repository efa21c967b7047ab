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
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
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
        // Read → normalise → score → validate. No C of our own, no file-format writer.
        .target(
            name: "ISMSBookCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
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
