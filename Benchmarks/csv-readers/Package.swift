// swift-tools-version:6.0
// Compares ismsbook's own CSV reader with yaslab/CSV.swift on the same file (see the README's
// Performance section). A package of its own so that the tool itself does not depend on CSV.swift.
import PackageDescription

let package = Package(
    name: "csv-readers",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ismsbook", path: "../.."),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.4.0"),
    ],
    targets: [
        .executableTarget(
            name: "csv-readers",
            dependencies: [
                .product(name: "ISMSBookCore", package: "ismsbook"),
                .product(name: "CSV", package: "CSV.swift"),
            ])
    ]
)
