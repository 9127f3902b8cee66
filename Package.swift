// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "prosperity",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "prosperity", targets: ["prosperity"]),
    .library(name: "ProsperityKit", targets: ["ProsperityKit"]),
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
    .target(name: "XlsxWriter", dependencies: ["CXlsxWriter"]),
    .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
    .target(name: "CFileSystem"),
    .target(
      name: "ProsperityKit",
      dependencies: [
        "XlsxWriter", "CFileSystem", "CCrypto", .product(name: "Logging", package: "swift-log")]),
    .executableTarget(
      name: "prosperity",
      dependencies: [
        "ProsperityKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ],
      // The Swift runtime and Foundation linked in: loading and binding them as a dozen shared
      // libraries took about 4 ms of every run (README, "Speed and scale").
      swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
      linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
    ),
    .executableTarget(name: "ProsperityFuzz", dependencies: ["ProsperityKit"]),
    .executableTarget(
      name: "prosperity-bench",
      dependencies: [
        "ProsperityKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Benchmarks/prosperity-bench"),
    .target(name: "XlsxReading", path: "Tests/XlsxReading"),
    .testTarget(
      name: "ProsperityKitTests", dependencies: ["ProsperityKit", "XlsxReading"],
      exclude: ["Fuzz/Seeds"]),
    .testTarget(name: "XlsxWriterTests", dependencies: ["XlsxWriter", "XlsxReading"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["XlsxReading", "prosperity", "ProsperityFuzz", "prosperity-bench"],
      exclude: ["Fixtures", "Golden"]),
  ]
)
