import Foundation
import Testing
import XlsxReading

/// A quarter published again keeps the engine packs nothing has changed: `packs-QUARTER.csv`
/// records each pack file's SHA-256 and the basis it was made from, and a pack is carried over
/// as it is only while both still hold; any change writes it again.
@Suite("Engine packs carried over unchanged")
struct PackCarryTests {
  static let quarter = "2026-Q3"

  struct Folder {
    let workspace: Workspace
    var url: URL { workspace.reports.appendingPathComponent(PackCarryTests.quarter) }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }
    func pack(_ engine: String) -> URL { file("committee-\(quarter)-\(engine).xlsx") }
    func inode(_ url: URL) throws -> Int {
      try #require(
        FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
    }
    var record: String { (try? workspace.text(file("packs-\(quarter).csv"))) ?? "" }
    var quarter: String { PackCarryTests.quarter }

    /// `workbook QUARTER` in `language`, returning what it logged.
    func workbook(_ language: String = "en") throws -> String {
      let result = try workspace.run(["workbook", quarter, "--lang", language])
      #expect(result.status == 0, "\(result.stderr)")
      return result.stderr
    }
  }

  private func published() throws -> Folder {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    #expect(try workspace.run(["run", "--lang", "en", "--quiet"]).status == 0)
    return Folder(workspace: workspace)
  }

  @Test("written again from the same inputs, every pack is carried over: the same file, listed")
  func unchangedPacksAreCarried() throws {
    let folder = try published()
    defer { folder.workspace.remove() }
    let record = folder.record
    #expect(record.hasPrefix("file,sha256,basis\n"))
    #expect(record.split(separator: "\n").count == 1 + 2 * EnginePackTests.engines.count)
    let inode = try folder.inode(folder.pack("tourism"))
    let log = try folder.workbook()
    #expect(
      log.contains("kept unchanged (same basis) \(folder.pack("tourism").relativeTo(folder))"))
    #expect(!log.contains("wrote \(folder.pack("media").relativeTo(folder))"))
    #expect(try folder.inode(folder.pack("tourism")) == inode, "carried, not written again")
    #expect(folder.record == record)
    let book = try XlsxFile(path: folder.pack("tourism").path)
    #expect(try book.sheetNames.contains("Tourism"))
    // The committee workbook itself is always written.
    #expect(log.contains("wrote Reports/\(PackCarryTests.quarter)/committee-2026-Q3.xlsx"))
  }

  @Test("a pack edited by hand, or a damaged record, is written again; the others stay")
  func changedBytesAreWrittenAgain() throws {
    let folder = try published()
    defer { folder.workspace.remove() }
    try Data("not a workbook".utf8).write(to: folder.pack("tourism"))
    let media = try folder.inode(folder.pack("media"))
    let log = try folder.workbook()
    #expect(log.contains("wrote \(folder.pack("tourism").relativeTo(folder))"), "\(log)")
    #expect(try XlsxFile(path: folder.pack("tourism").path).sheetNames.contains("Tourism"))
    #expect(try folder.inode(folder.pack("media")) == media)
    // A pack replaced by a symbolic link to the very bytes recorded is written again, not
    // carried: the link would publish whatever it points to later.
    let copy = folder.workspace.root.appendingPathComponent("media-copy.xlsx")
    try FileManager.default.copyItem(at: folder.pack("media"), to: copy)
    try FileManager.default.removeItem(at: folder.pack("media"))
    try FileManager.default.createSymbolicLink(at: folder.pack("media"), withDestinationURL: copy)
    let linked = try folder.workbook()
    #expect(linked.contains("wrote \(folder.pack("media").relativeTo(folder))"), "\(linked)")
    let kind = try FileManager.default.attributesOfItem(atPath: folder.pack("media").path)[.type]
    #expect(kind as? FileAttributeType == .typeRegular)
    // A record that is not the tool's own carries nothing over and is written anew.
    try Data("file,sha256,basis\n\"x\",1,2\ngarbage".utf8).write(
      to: folder.file("packs-\(PackCarryTests.quarter).csv"))
    let again = try folder.workbook()
    #expect(!again.contains("kept unchanged"), "\(again)")
    #expect(folder.record.split(separator: "\n").count == 1 + 2 * EnginePackTests.engines.count)
    #expect(try folder.workbook().contains("kept unchanged"))
  }

  @Test("another language, a changed input or --force writes every pack again")
  func newBasisWritesAgain() throws {
    let folder = try published()
    defer { folder.workspace.remove() }
    let english = folder.record
    let hebrewLog = try folder.workbook("he")
    #expect(!hebrewLog.contains("נשמר ללא שינוי"), "\(hebrewLog)")
    #expect(folder.record != english)
    #expect(try XlsxFile(path: folder.pack("tourism").path).sheetNames.contains("תיירות"))
    #expect(try folder.workbook("he").contains("נשמר ללא שינוי"))
    // A quarter older than the record's sources still shows in the packs' history sheet.
    let sources = try folder.workspace.text(folder.file("sources-\(PackCarryTests.quarter).csv"))
    #expect(!sources.contains("2024-Q1/"))
    let old = folder.workspace.inputs.appendingPathComponent("2024-Q1/tourism-kpis.csv")
    let oldText = try String(contentsOf: old, encoding: .utf8)
    #expect(oldText.contains("tourism.visitors,251,"))
    try oldText.replacingOccurrences(of: "tourism.visitors,251,", with: "tourism.visitors,252,")
      .write(to: old, atomically: true, encoding: .utf8)
    let history = try folder.workbook("he")
    #expect(!history.contains("נשמר ללא שינוי"), "\(history)")
    // `--force` writes every pack again too.
    #expect(try folder.workbook("he").contains("נשמר ללא שינוי"))
    let forced = try folder.workspace.run(["workbook", folder.quarter, "--force"])
    #expect(forced.status == 0 && !forced.stderr.contains("נשמר ללא שינוי"), "\(forced.stderr)")
    let summary = folder.file("summary-\(PackCarryTests.quarter)-tourism.txt")
    let before = try folder.workspace.text(summary)
    let kpis = folder.workspace.inputs.appendingPathComponent("2026-Q3/tourism-kpis.csv")
    let text = try String(contentsOf: kpis, encoding: .utf8)
    #expect(text.contains("\"2,726\""))
    try text.replacingOccurrences(of: "\"2,726\"", with: "\"2,999\"").write(
      to: kpis, atomically: true, encoding: .utf8)
    let log = try folder.workbook("he")
    #expect(!log.contains("נשמר ללא שינוי"), "\(log)")
    #expect(try folder.workspace.text(summary) != before, "the tourism summary was written again")
  }
}

extension URL {
  /// The path as the tool logs it, relative to the workspace it runs in.
  fileprivate func relativeTo(_ folder: PackCarryTests.Folder) -> String {
    String(path.dropFirst(folder.workspace.root.path.count + 1))
  }
}
