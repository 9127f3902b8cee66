import Foundation
import Testing

@testable import ProsperityModel
@testable import ProsperityStore

/// The packs' record only ever saves work: it reads back what it wrote, and anything else in it
/// is left out (its pack is then written again), never trusted.
@Suite("Pack record")
struct PackRecordTests {
  static let quarter = Quarter(year: 2026, number: 3)!
  static let digest = String(repeating: "ab", count: 32)
  static let basis = String(repeating: "0f", count: 32)

  private func folder() throws -> String {
    let path = NSTemporaryDirectory() + "pack-record-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  private func write(_ text: String, in folder: String) throws {
    try Data(text.utf8).write(
      to: URL(fileURLWithPath: folder).appendingPathComponent(PackRecord.name(Self.quarter)))
  }

  @Test("reads back what it wrote, sorted by file")
  func roundTrip() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let entry = PackRecord.Entry(sha256: Self.digest, basis: Self.basis)
    let record = PackRecord(files: ["b.xlsx": entry, "a.txt": entry])
    let text = String(decoding: record.rendered(), as: UTF8.self)
    #expect(
      text
        == "file,sha256,basis\na.txt,\(Self.digest),\(Self.basis)\nb.xlsx,\(Self.digest),\(Self.basis)\n"
    )
    try write(text, in: folder)
    #expect(PackRecord.read(folder: folder, quarter: Self.quarter) == record)
  }

  @Test("lines that are not the tool's own are left out; another header, all of it")
  func foreignLinesAreLeftOut() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let good = "a.xlsx,\(Self.digest),\(Self.basis)"
    try write(
      "file,sha256,basis\n\(good)\n\"b,c\",\(Self.digest),\(Self.basis)\nd,XYZ,\(Self.basis)\n"
        + "e,\(Self.digest)\nf,\(Self.digest.uppercased()),\(Self.basis)\n", in: folder)
    #expect(
      PackRecord.read(folder: folder, quarter: Self.quarter).files.keys.sorted() == ["a.xlsx"])
    try write("file;sha256;basis\n\(good)\n", in: folder)
    #expect(PackRecord.read(folder: folder, quarter: Self.quarter).files.isEmpty)
    try write("", in: folder)
    #expect(PackRecord.read(folder: folder, quarter: Self.quarter).files.isEmpty)
  }

  @Test("a file is held only with the same basis and the same bytes")
  func holds() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/pack.txt"
    try Data("pack".utf8).write(to: URL(fileURLWithPath: path))
    let sha256 = try #require(try PackRecord.sha256(ofFileAt: path))
    #expect(sha256 == (try PackRecord.sha256(of: Array("pack".utf8))))
    let record = PackRecord(files: ["pack.txt": .init(sha256: sha256, basis: Self.basis)])
    #expect(record.holds("pack.txt", madeFrom: Self.basis, at: path))
    #expect(!record.holds("pack.txt", madeFrom: Self.digest, at: path))
    #expect(!record.holds("other.txt", madeFrom: Self.basis, at: path))
    try Data("pack!".utf8).write(to: URL(fileURLWithPath: path))
    #expect(!record.holds("pack.txt", madeFrom: Self.basis, at: path))
    #expect(!record.holds("pack.txt", madeFrom: Self.basis, at: folder + "/missing"))
  }
}
