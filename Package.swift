// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "disclint",
    products: [
        .executable(name: "disclint", targets: ["disclint"]),
        .library(name: "DisclintCore", targets: ["DisclintCore"]),
    ],
    dependencies: [],
    targets: [
        // The pure engine: source model, document structure, facts, rule packs, checks,
        // diagnostics, reporters and the command logic. No I/O below `CLI/`.
        .target(
            name: "DisclintCore",
            plugins: ["EmbedRulePacks"]
        ),
        // The thin executable: `main.swift` only.
        .executableTarget(
            name: "disclint",
            dependencies: ["DisclintCore"]
        ),
        // Build-time tool: turns `rules/*.json` into a Swift source file so that an installed
        // binary carries its packs and needs no checkout.
        .executableTarget(
            name: "disclint-embed",
            path: "Sources/disclint-embed"
        ),
        .plugin(
            name: "EmbedRulePacks",
            capability: .buildTool(),
            dependencies: ["disclint-embed"]
        ),
        .testTarget(
            name: "DisclintCoreTests",
            dependencies: ["DisclintCore"],
            // Snapshots and fixtures are read from the source tree (via #filePath), not bundled.
            exclude: ["Snapshots", "Fixtures"]
        ),
    ]
)
