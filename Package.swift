// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "prosperity",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "prosperity", targets: ["prosperity"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CXlsxWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),
    // libxlsxwriter calls gmtime(), which is not safe when workbooks are closed on several
    // threads: CThreadSafeTime defines one that is (Sources/CThreadSafeTime/gmtime.c).
    .target(name: "CThreadSafeTime"),
    .target(name: "XlsxWriter", dependencies: ["CXlsxWriter", "CThreadSafeTime"]),
    .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
    .target(name: "CFileSystem"),
    // The pipeline's stages, each a module that imports only those before it (README, "Architecture").
    .target(name: "ProsperitySupport", dependencies: ["CCrypto", "CFileSystem"]),
    .target(name: "ProsperityModel"),
    .target(name: "ProsperityStore", dependencies: ["ProsperityModel", "ProsperitySupport", "CFileSystem"]),
    .target(
      name: "ProsperityInput", dependencies: ["ProsperityModel", "ProsperityStore", "ProsperitySupport"]),
    .target(name: "ProsperityIndicators", dependencies: ["ProsperityModel", "ProsperitySupport"]),
    .target(
      name: "ProsperityCompare",
      dependencies: [
        "ProsperityModel", "ProsperityInput", "ProsperityIndicators", "ProsperityStore",
        "ProsperitySupport",
      ]),
    .target(
      name: "ProsperityReports",
      dependencies: [
        "ProsperityModel", "ProsperityInput", "ProsperityIndicators", "ProsperityCompare",
        "ProsperityStore", "ProsperitySupport", "XlsxWriter",
      ]),
    .target(
      name: "ProsperityCommands",
      dependencies: [
        "ProsperityModel", "ProsperityStore", "ProsperityInput", "ProsperityIndicators",
        "ProsperityCompare", "ProsperityReports", "ProsperitySupport", "CFileSystem",
        .product(name: "Logging", package: "swift-log"),
      ]),
    .executableTarget(
      name: "prosperity",
      dependencies: [
        "ProsperityCommands", "ProsperityModel", "ProsperitySupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ],
      // The Swift runtime and Foundation linked in: loading and binding them as a dozen shared
      // libraries took about 4 ms of every run (README, "Speed and scale").
      swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
      linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
    ),
    .executableTarget(
      name: "ProsperityFuzz",
      dependencies: ["ProsperityModel", "ProsperityInput", "ProsperityIndicators"]),
    .executableTarget(
      name: "prosperity-bench",
      dependencies: [
        "ProsperityModel", "ProsperityInput", "ProsperityStore", "ProsperitySupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Benchmarks/prosperity-bench"),
    .target(name: "XlsxReading", path: "Tests/XlsxReading"),
    .testTarget(
      name: "ProsperityKitTests",
      dependencies: [
        "ProsperityModel", "ProsperityStore", "ProsperityInput", "ProsperityIndicators",
        "ProsperityCompare", "ProsperityReports", "ProsperityCommands", "ProsperitySupport",
        "XlsxWriter", "XlsxReading",
      ],
      exclude: ["Fuzz/Seeds"]),
    .testTarget(name: "XlsxWriterTests", dependencies: ["XlsxWriter", "XlsxReading"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["XlsxReading", "prosperity", "ProsperityFuzz", "prosperity-bench"],
      exclude: ["Fixtures", "Golden"]),
  ]
)
