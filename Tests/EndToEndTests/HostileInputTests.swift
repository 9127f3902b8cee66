import Foundation
import Testing
import XlsxReading

/// Whatever the engines send in: each problem is a clear diagnostic, never a crash or an escape.
@Suite("Hostile input")
struct HostileInputTests {
  private func writeBytes(_ bytes: [UInt8], to relative: String, in workspace: Workspace) throws {
    try Data(bytes).write(to: workspace.root.appendingPathComponent(relative))
  }

  @Test("an id that would escape Reports/ is rejected; nothing is written outside it")
  func pathEscapingIds() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let engines = workspace.inputs.appendingPathComponent("engines.csv")
    try (try workspace.text(engines) + "../../evil,רע,Evil\nsub/dir,רע,Evil\n")
      .write(to: engines, atomically: true, encoding: .utf8)
    let result = try workspace.run(["--lang", "en"])
    #expect(result.status == 65)
    #expect(result.stderr.contains("invalid id '../../evil'"), "\(result.stderr)")
    #expect(result.stderr.contains("invalid id 'sub/dir'"))
    let top = try FileManager.default.contentsOfDirectory(atPath: workspace.root.path)
    #expect(Set(top.filter { !$0.hasPrefix(".") }) == ["Inputs", "Reports"])
  }

  @Test("text that would become a formula is written as inert text")
  func formulaInjection() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let hostile = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(1)"]
    var activities = "activity_id,title,status,budget_planned,budget_spent,participants\n"
    for (index, title) in hostile.enumerated() {
      let quoted = "\"" + title.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      activities += "X-\(index),\(quoted),active,1,1,1\n"
    }
    try workspace.write(activities, to: "Inputs/2026-Q2/tourism-activities.csv")
    #expect(try workspace.run(["workbook", "2026-Q2", "--lang", "en"]).status == 0)
    let file = XlsxFile(path: workspace.report("committee", "2026-Q2", "xlsx").path)
    let sheet = try file.sheet(named: "Tourism")
    let texts = sheet.cells.values.compactMap { cell -> String? in
      if case .text(let text) = cell.value { return text }
      return nil
    }
    for title in hostile { #expect(texts.contains(title), "\(title) is kept as text") }
    let formulas = sheet.cells.values.filter {
      if case .formula = $0.value { return true }
      return false
    }
    #expect(formulas.allSatisfy { !"\($0.value)".contains("evil") })
  }

  @Test("a field of megabytes, a zero-byte file, binary garbage and an undecodable file")
  func malformedFiles() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let huge = String(repeating: "א", count: 3_000_000)
    try workspace.write(
      "measure,value,locality,source,notes\ntourism.rooms,5,,,\"\(huge)\"\n",
      to: "Inputs/2026-Q2/tourism-kpis.csv")
    try writeBytes([], to: "Inputs/2026-Q2/tourism-activities.csv", in: workspace)
    try writeBytes(
      Array("measure,value\n".utf8) + [0x00, 0xFF, 0x13, 0x00, 0x7F],
      to: "Inputs/2026-Q2/rehabilitation-kpis.csv",
      in: workspace)
    try writeBytes(
      Array("activity_id,title,status\nR-1,".utf8) + [0xE0, 0x81, 0xE1] + Array(",active\n".utf8),
      to: "Inputs/2026-Q2/rehabilitation-activities.csv", in: workspace)
    let result = try workspace.run(["workbook", "2026-Q2", "--lang", "en"])
    #expect(result.status == 65)
    let lines = result.stderrLines
    #expect(
      lines.contains {
        $0.hasPrefix(
          "Inputs/2026-Q2/tourism-kpis.csv:2:19: error: a field is too long (3000000 characters")
      })
    #expect(
      lines.contains(
        "Inputs/2026-Q2/tourism-activities.csv: error: the file is empty: it has no header row"))
    #expect(
      lines.contains(
        "Inputs/2026-Q2/rehabilitation-kpis.csv:2:1: error: the file holds a NUL byte: it is not a text file"
      ))
    #expect(
      lines.contains {
        $0.hasPrefix(
          "Inputs/2026-Q2/rehabilitation-activities.csv:2:6: error: the file is in no supported encoding"
        )
      }, "\(result.stderr)")
    #expect(lines.allSatisfy { $0.count < 2_000 }, "diagnostics stay short")
    // Files that are there but unusable are not "not handed in": their managers did send them.
    #expect(
      lines.contains(
        "Inputs/2026-Q2/rehabilitation-activities.csv: warning: the file "
          + "Inputs/2026-Q2/rehabilitation-activities.csv was handed in but could not be read "
          + "(see its error), so its figures are missing"), "\(result.stderr)")
    #expect(!lines.contains { $0.contains("not handed in") }, "\(result.stderr)")
    #expect(workspace.exists(workspace.report("committee", "2026-Q2", "xlsx")))
  }
}
