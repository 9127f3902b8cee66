import Foundation
import Testing

/// `template` writes each file through a temporary of its own, created exclusively beside it:
/// a user's file with the name a fixed temporary would have, or a symbolic link there, is never
/// written through, truncated or removed.
@Suite("template's temporary files")
struct TemplateTemporaryTests {
  @Test("a user's `.new` file and a `.new` symlink pointing elsewhere are left alone")
  func userFilesAndLinksSurvive() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    let folder = workspace.inputs.appendingPathComponent("2026-Q4")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
    let mine = folder.appendingPathComponent("media-activities.csv.new")
    try Data("my own notes\n".utf8).write(to: mine)
    let elsewhere = workspace.root.appendingPathComponent("elsewhere.txt")
    try Data("not the tool's\n".utf8).write(to: elsewhere)
    let link = folder.appendingPathComponent("tourism-kpis.csv.new")
    try FileManager.default.createSymbolicLink(
      atPath: link.path, withDestinationPath: "../../elsewhere.txt")

    let result = try workspace.run(["template", "2026-Q4", "--lang", "en"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try workspace.text(mine) == "my own notes\n")
    #expect(try workspace.text(elsewhere) == "not the tool's\n")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "../../elsewhere.txt")

    // The templates themselves are whole, and the folder holds nothing else.
    let kpis = try Data(contentsOf: folder.appendingPathComponent("tourism-kpis.csv"))
    #expect(kpis.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
    let lines = String(decoding: kpis.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
    #expect(lines.first == "measure,value,locality,source,notes")
    #expect(lines.dropFirst().first == "tourism.visitors,,Sderot,משרד התיירות – לשכת הסטטיסטיקה,")
    let activities = try Data(contentsOf: folder.appendingPathComponent("media-activities.csv"))
    #expect(
      String(decoding: activities.dropFirst(3), as: UTF8.self).hasPrefix("activity_id,title,"))
    let expected = Set(
      ["agritech", "media", "rehabilitation", "rahat", "tourism"].flatMap {
        ["\($0)-kpis.csv", "\($0)-activities.csv"]
      } + ["media-activities.csv.new", "tourism-kpis.csv.new"])
    #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == expected)
  }
}
