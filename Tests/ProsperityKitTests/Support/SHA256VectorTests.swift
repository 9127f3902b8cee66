import Foundation
import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// Known answers: the NIST FIPS 180-2 examples, digests of every length across several blocks
/// (computed with Python's hashlib, an independent implementation), and the system's `sha256sum`.
@Suite struct SHA256VectorTests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ])
  func matchesNISTExamples(message: String, expected: String) throws {
    #expect(try SHA256.hex(of: Array(message.utf8)) == expected)
    var hash = try SHA256()
    try hash.update(Array(message.utf8))
    #expect(try hash.finalizeHex() == expected)
  }

  @Test func matchesNISTMillionA() throws {
    let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    let thousand = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
    #expect(try SHA256.hex(of: Array(repeating: UInt8(ascii: "a"), count: 1_000_000)) == expected)
    var hash = try SHA256()
    for _ in 0..<1000 { try hash.update(thousand) }
    #expect(try hash.finalizeHex() == expected)
  }

  @Test func digestIsTheBytesOfTheHex() throws {
    let digest = try SHA256.digest(Array("abc".utf8))
    #expect(digest.count == SHA256.byteCount)
    #expect(digest.prefix(4) == [0xba, 0x78, 0x16, 0xbf])
    #expect(digest.suffix(4) == [0xf2, 0x00, 0x15, 0xad])
  }

  /// Every length from 0 to 299 bytes, so each padding case (a tail under 56 bytes, 56 to 63
  /// bytes that need an extra block, whole blocks) is met several times.
  @Test func matchesAnIndependentImplementationAtEveryLength() throws {
    let message = SHA256Samples.message(count: 300)
    let digests = try (0..<300).flatMap { try SHA256.digest(Array(message.prefix($0))) }
    #expect(
      try SHA256.hex(of: digests)
        == "8e3f2b26b98daa0b36ed99cafe8e32afc2e86972b3149ca22237a85fb6a3c2b9")
  }

  @Test func agreesWithSha256sumOnAFileOfSomeMegabytes() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("prosperity-sha256-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // Not a whole number of the file reader's chunks, so the last read is a partial one.
    let bytes = SHA256Samples.message(count: 3 * SHA256.fileChunkSize + 12_345)
    let file = folder.appendingPathComponent("sample.bin")
    try Data(bytes).write(to: file)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sha256sum", file.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
    let expected = String(printed.prefix(64))

    #expect(expected.count == 64)
    #expect(try SHA256.hex(ofFileAt: file.path) == expected)
    #expect(try SHA256.hex(of: bytes) == expected)
  }

  @Test func aFileThatCannotBeReadHasNoHash() throws {
    #expect(try SHA256.hex(ofFileAt: "/nonexistent/prosperity/sample.csv") == nil)
    #expect(try SHA256.hex(ofFileAt: FileManager.default.temporaryDirectory.path) == nil)
  }
}

/// Deterministic test messages.
enum SHA256Samples {
  /// `count` bytes with no short period (byte i is (131·i + 7) mod 251), as the independent
  /// digests above were computed from.
  static func message(count: Int) -> [UInt8] {
    (0..<count).map { UInt8((131 * $0 + 7) % 251) }
  }
}
