// swift-tools-version: 6.0
import PackageDescription

// Dependencies are kept few and light, so a clean build stays short: hashing
// comes from the system's libcrypto and the terminal from the system's
// ncurses, so neither is compiled here.
let package = Package(
    name: "atlas-integrations",
    // macOS 15 is where Synchronization.Mutex, the one lock in the code, begins.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "atlas-integrations", targets: ["atlas-integrations"]),
        .executable(name: "atlas-sandbox", targets: ["atlas-sandbox"]),
        .library(name: "AtlasAdmin", targets: ["AtlasAdmin"]),
        .library(name: "AtlasSandbox", targets: ["AtlasSandbox"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.7.0"),
        // 0.x packages may break in a minor release: take patches only.
        .package(url: "https://github.com/swhitty/FlyingFox", .upToNextMinor(from: "0.27.0")),
        .package(url: "https://github.com/LebJe/TOMLKit", .upToNextMinor(from: "0.6.0")),
    ],
    targets: [
        .systemLibrary(
            name: "CLibCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]),
        .systemLibrary(name: "CNCurses", providers: [.apt(["libncurses-dev"])]),
        // glibc malloc settings for the program (see tuning.c).
        .target(name: "CMallocTuning"),
        .target(name: "AtlasHashing", dependencies: ["CLibCrypto"]),
        // The operator's language and the message tables' format; no dependencies.
        .target(name: "Localization"),
        .target(name: "AtlasAdmin", dependencies: ["AtlasHashing", "Localization", "TOMLKit"]),
        .target(name: "AtlasSandbox", dependencies: [
            "AtlasHashing",
            .product(name: "FlyingFox", package: "FlyingFox"),
            .product(name: "FlyingSocks", package: "FlyingFox"),
        ]),
        .target(name: "IntegrationsUI", dependencies: ["AtlasAdmin", "Localization"]),
        .target(
            name: "CursesTerminal",
            dependencies: ["CNCurses", "IntegrationsUI"],
            // The library is named here, not in CNCurses's module map, because
            // it differs: Linux has the wide-character ncurses as ncursesw (with
            // terminfo in tinfo); macOS's one ncurses has it built in.
            linkerSettings: [
                .linkedLibrary("ncursesw", .when(platforms: [.linux])),
                .linkedLibrary("tinfo", .when(platforms: [.linux])),
                .linkedLibrary("ncurses", .when(platforms: [.macOS])),
            ]
        ),
        // What the program does between the terminal and the service layer:
        // launch decisions, effects as tasks, ordered delivery, the write
        // journal's bookkeeping, the log. No ncurses, so unit tests reach it.
        .target(
            name: "AtlasIntegrationsRuntime", dependencies: ["AtlasAdmin", "AtlasSandbox", "IntegrationsUI", "Localization"]),
        .executableTarget(
            name: "atlas-integrations",
            dependencies: [
                "AtlasAdmin", "AtlasIntegrationsRuntime", "IntegrationsUI", "CursesTerminal", "CMallocTuning", "Localization",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "atlas-sandbox",
            dependencies: [
                "AtlasSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks (scripts/bench runs it in release mode); never part of the tests.
        .executableTarget(
            name: "atlas-bench",
            dependencies: ["AtlasAdmin", "AtlasSandbox", "IntegrationsUI"]
        ),
        // Seeded randomness, a test clock and other helpers shared by the test targets.
        .target(name: "TestSupport", dependencies: ["Localization"], path: "Tests/TestSupport"),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization", "TestSupport"]),
        .testTarget(name: "AtlasSandboxTests", dependencies: ["AtlasSandbox", "AtlasHashing", "TestSupport"]),
        .testTarget(name: "AtlasAdminTests", dependencies: ["AtlasAdmin", "AtlasSandbox", "TestSupport"]),
        .testTarget(name: "IntegrationsUITests", dependencies: ["IntegrationsUI", "AtlasAdmin", "TestSupport"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "IntegrationsUI", "TestSupport"]),
        .testTarget(
            name: "AtlasIntegrationsRuntimeTests",
            dependencies: ["AtlasIntegrationsRuntime", "AtlasAdmin", "AtlasSandbox", "IntegrationsUI", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["AtlasAdmin", "AtlasSandbox", "TestSupport"]),
    ]
)
