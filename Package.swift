// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "pitchcoach",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pitchcoach", targets: ["pitchcoach"]),
        .library(name: "PitchKit", targets: ["PitchKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The built-in packs: every language, word list and rule is data, not code.
        .target(
            name: "PitchResources",
            path: "Resources",
            resources: [.copy("packs")]
        ),
        // ICU word breaking behind a header that exposes no ICU types: Foundation
        // ships its own ICU module, and importing the system headers into Swift clashes.
        .target(
            name: "CSegmenter",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
        .target(
            name: "PitchKit",
            dependencies: [
                "CSegmenter",
                "PitchResources",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "pitchcoach",
            dependencies: [
                "PitchKit",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The ICU-only floor that bench/run measures lint throughput against.
        .executableTarget(
            name: "segment-floor",
            dependencies: ["PitchKit"],
            path: "Benchmarks/SegmentFloor"
        ),
        // Seeded randomness and hostile pitches, for the property and fuzz tests of both suites.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "PitchKitTests",
            dependencies: ["PitchKit", "TestSupport", .product(name: "TOMLKit", package: "TOMLKit")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PitchcoachCLITests",
            dependencies: ["PitchKit", "TestSupport"],
            resources: [.copy("Golden")]
        ),
    ]
)
