import Foundation
import Testing

/// The benchmark's generator: the same arguments give the same bytes, the clean mix is the set
/// every earlier benchmark figure was measured on, and each engine's realistic files have the form
/// the README's "Speed and scale" gives them. (That prosperity and the pandas script read the
/// realistic files as the clean ones is checked by `Benchmarks/run.sh --smoke`.)
@Suite("The benchmark's synthetic inputs")
struct SyntheticInputsTests {
  static let bench = BinaryLocator.prosperity.deletingLastPathComponent()
    .appendingPathComponent("prosperity-bench").path

  /// Every file of a generated folder, by path inside it.
  static func generate(_ arguments: String) throws -> [String: [UInt8]] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "synthetic-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "\(bench) generate \(arguments) --out \(folder.path)"]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
    var files: [String: [UInt8]] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let path = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let full = folder.appendingPathComponent(path).path
      if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        files[path] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: full)))
      }
    }
    return files
  }

  @Test("the same arguments give the same bytes, in both mixes")
  func deterministic() throws {
    for mix in ["realistic", "clean"] {
      let first = try Self.generate("--quarters 2 --activities 40 --mix \(mix)")
      #expect(first.count == 5 + 2 * 10)
      #expect(first == (try Self.generate("--quarters 2 --activities 40 --mix \(mix)")))
    }
  }

  @Test("the clean mix holds the bytes the earlier benchmark figures were measured on")
  func cleanUnchanged() throws {
    let files = try Self.generate("--quarters 3 --activities 50 --mix clean")
    // SHA-256 of each path, a NUL and the file's bytes, in the order of the paths, over what the
    // generator wrote before the realistic mix existed: the catalog's 5 and 3 quarters' 10.
    var all: [UInt8] = []
    for path in files.keys.sorted() { all += Array(path.utf8) + [0] + files[path]! }
    #expect(files.count == 35)
    #expect(
      try Self.sha256(all) == "fa22fbe59d6876553dd67e7497141b930f539dcf51e587348c65eb78432c63f9")
  }

  @Test("each engine's realistic files have their documented form")
  func realisticForms() throws {
    let files = try Self.generate("--quarters 2 --activities 40")
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    for quarter in ["2024-Q1", "2024-Q2"] {
      func file(_ name: String) -> [UInt8] { files["\(quarter)/\(name).csv"] ?? [] }
      func text(_ name: String) -> String { String(decoding: file(name), as: UTF8.self) }
      for kind in ["activities", "kpis"] {
        // windows-1255 (₪ is 0xA4), not UTF-8; CRLF.
        let media = file("media-\(kind)")
        #expect(String(validating: media, as: UTF8.self) == nil && media.contains(0xA4))
        #expect(!media.starts(with: bom) && text("media-\(kind)").contains("\r\n"))
        #expect(file("rehabilitation-\(kind)").starts(with: bom))
        #expect(text("rehabilitation-\(kind)").contains("\r\n"))
        #expect(!file("rahat-\(kind)").starts(with: bom) && text("rahat-\(kind)").contains("\r\n"))
        #expect(!file("agritech-\(kind)").starts(with: bom))
        #expect(!text("agritech-\(kind)").contains("\r"))
        #expect(
          file("tourism-\(kind)").starts(with: bom) && !text("tourism-\(kind)").contains("\r"))
      }
      for status in ["Planned", "Active", "Completed", "Delayed"] {
        #expect(text("agritech-activities").contains(",\(status),"))
      }
      #expect(text("agritech-activities").contains("במו\"פים"))
      #expect(text("rehabilitation-activities").contains(",\"1,"))
      #expect(text("rahat-activities").contains(",מתעכב,"))
      #expect(text("tourism-activities").contains(",\"₪ "))
      #expect(
        text("media-kpis").range(of: #",[0-9]+\.[0-9]%,"#, options: .regularExpression) != nil)
      #expect(text("tourism-kpis").contains(",\"$") == (quarter == "2024-Q2"))
    }
    #expect(String(decoding: files["2024-Q1/tourism-kpis.csv"]!, as: UTF8.self).contains(",n/a,"))
    #expect(String(decoding: files["2024-Q2/rahat-kpis.csv"]!, as: UTF8.self).contains("rate,,"))
  }

  static func sha256(_ bytes: [UInt8]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(bytes))
    try input.fileHandleForWriting.close()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return String(text.prefix(64))
  }
}
