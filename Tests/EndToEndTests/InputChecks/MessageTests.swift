import Foundation
import Testing

/// Messages that misled (#12, item 16): each now says what is wrong, where, and what to do.
@Suite("Messages that say what is wrong, where, and what to do")
struct MessageTests {
  @Test("--inputs naming a file says it is a file, not that it was not found")
  func inputsIsAFile() throws {
    let workspace = try Workspace.shipped()
    defer { workspace.remove() }
    let result = try workspace.run(["--inputs", "Inputs/engines.csv", "--lang", "en"])
    #expect(result.status == 66)
    #expect(
      result.stderrLines == [
        "Inputs/engines.csv: error: Inputs/engines.csv is a file, not a folder: --inputs takes the inputs folder, the one that holds engines.csv and the quarter folders (e.g. --inputs Inputs)"
      ], "\(result.stderr)")
    #expect(!workspace.exists(workspace.reports))
    let missing = try workspace.run(["validate", "--inputs", "Input", "--lang", "en"])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("the inputs folder Input was not found"), "\(missing.stderr)")
    #expect(missing.stderr.contains("--inputs"), "\(missing.stderr)")
  }

  @Test(
    "an empty --inputs or --reports is a usage error, and nothing is written anywhere",
    arguments: [
      ["compare", "2026-Q2", "2026-Q3", "--reports", ""], ["--reports", ""],
      ["workbook", "2026-Q3", "--reports", ""], ["validate", "--inputs", ""],
      ["summary", "2026-Q3", "--inputs", ""],
    ])
  func emptyFolders(arguments: [String]) throws {
    let workspace = try Workspace.shipped()
    defer { workspace.remove() }
    // Before, an empty --reports wrote the comparison into /compare.
    let stray = "/compare/2026-Q2_vs_2026-Q3.txt"
    let strayBefore = FileManager.default.fileExists(atPath: stray)
    defer { if !strayBefore { try? FileManager.default.removeItem(atPath: "/compare") } }
    let option = arguments[arguments.count - 2]
    let result = try workspace.run(arguments + ["--lang", "en"])
    #expect(result.status == 64, "\(result.stderr)")
    #expect(
      result.stderrLines.first?.hasPrefix("prosperity: error: \(option) is empty: give the")
        == true,
      "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(strayBefore || !FileManager.default.fileExists(atPath: stray))
    let top = try FileManager.default.contentsOfDirectory(atPath: workspace.root.path)
    #expect(top.filter { !$0.hasPrefix(".") } == ["Inputs"])
  }

  @Test("--reports naming a file says it is a file, not a folder")
  func reportsIsAFile() throws {
    let workspace = try Workspace.shipped()
    defer { workspace.remove() }
    try workspace.write("mine", to: "notes.txt")
    let result = try workspace.run([
      "workbook", "2026-Q3", "--reports", "notes.txt", "--lang", "en",
    ])
    #expect(result.status == 64, "\(result.stderr)")
    #expect(
      result.stderrLines.contains(
        "notes.txt: error: notes.txt is a file, not a folder: --reports takes the folder the reports are written to (e.g. --reports Reports)"
      ), "\(result.stderr)")
    #expect(try workspace.text(workspace.root.appendingPathComponent("notes.txt")) == "mine")
  }

  @Test(
    "a UTF-16 file is named as such, with how to save it from Excel",
    arguments: [
      ("little-endian with a mark", [0xFF, 0xFE] as [UInt8], String.Encoding.utf16LittleEndian),
      ("big-endian with a mark", [0xFE, 0xFF], .utf16BigEndian),
      ("little-endian without a mark", [], .utf16LittleEndian),
    ])
  func utf16(kind: String, mark: [UInt8], encoding: String.Encoding) throws {
    let workspace = try Workspace.shipped()
    defer { workspace.remove() }
    let path = "Inputs/2026-Q3/tourism-kpis.csv"
    let text = try workspace.text(workspace.root.appendingPathComponent(path))
      .replacingOccurrences(of: "\u{FEFF}", with: "")
    let bytes = mark + [UInt8](try #require(text.data(using: encoding)))
    try Data(bytes).write(to: workspace.root.appendingPathComponent(path))
    let result = try workspace.run(["validate", "2026-Q3", "--lang", "en"])
    #expect(result.status == 65)
    let line = result.stderrLines.first { $0.hasPrefix(path + ":1:1: error: ") } ?? ""
    #expect(line.contains("the file is UTF-16"), "\(kind): \(result.stderr)")
    #expect(line.contains("CSV UTF-8 (Comma delimited)"), "\(kind): \(line)")
    #expect(line.contains("CSV (Comma delimited)") && line.contains("windows-1255"), "\(line)")
    #expect(!line.contains("NUL") && !line.contains("0xFF"), "\(line)")
    let hebrew = try workspace.run(["validate", "2026-Q3"])
    #expect(
      hebrew.stderrLines.contains { $0.hasPrefix(path + ":1:1: error: ") && $0.contains("UTF-16") })
  }

  @Test("invalid status thresholds are an error at the setting's line, a repeated setting too")
  func settings() throws {
    let workspace = try Workspace.shipped()
    defer { workspace.remove() }
    try workspace.write(
      "setting,value\nstatus.green_at,0.8\noutliers.jump_ratio,3\nstatus.amber_at,0.85\noutliers.jump_ratio,4\n",
      to: "Inputs/settings.csv")
    let result = try workspace.run(["validate", "--lang", "en"])
    #expect(result.status == 65)
    #expect(
      result.stderrLines.contains {
        $0.hasPrefix(
          "Inputs/settings.csv:4:17: error: status.amber_at 0.85 is above status.green_at 0.8")
          && $0.contains("the defaults") && $0.contains("status.green_at")
      }, "\(result.stderr)")
    #expect(
      result.stderrLines.contains {
        $0.hasPrefix(
          "Inputs/settings.csv:5:1: error: the setting outliers.jump_ratio is given twice (first on line 3)"
        )
          && $0.contains("the first value is kept")
      }, "\(result.stderr)")
  }

  @Test("an unreadable activity number says the row stays listed, as the README says")
  func activityNumber() throws {
    let workspace = try Workspace.shipped()
    defer { workspace.remove() }
    let path = "Inputs/2026-Q3/tourism-activities.csv"
    try workspace.replace(",1120000,1005000,0,", with: ",1120000,\"1,005,00\",0,", in: path)
    let at = try workspace.position(of: "\"1,005,00\"", in: path)
    let result = try workspace.run(["validate", "2026-Q3", "--lang", "en"])
    #expect(result.status == 65)
    let line = result.stderrLines.first { $0.hasPrefix("\(at): error: '1,005,00' is not a number") }
    #expect(line?.contains("the row stays listed, marked") == true, "\(result.stderr)")
    #expect(line?.contains("rejected") == false, "\(line ?? "")")
  }
}
