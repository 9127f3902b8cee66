import Foundation
import Testing

/// Exit statuses (sysexits): 0 ok · 64 usage · 65 data errors · 66 inputs missing · 73 cannot write.
@Suite("Exit codes")
struct ExitCodeTests {
  @Test("0 on the clean fixture, for every command")
  func clean() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    for arguments in [
      [], ["run"], ["workbook", "2026-Q2"], ["summary", "2026-Q2"], ["validate"],
      ["validate", "2026-Q2"],
    ] {
      let result = try workspace.run(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }
  }

  @Test("--help lists every exit status the README's table does")
  func helpListsEveryStatus() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let help = try workspace.run(["--help"])
    let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    for status in [0, 64, 65, 66, 70, 73, 75] {
      #expect(text.contains("\(status) "), "exit \(status) missing from --help: \(help.stdout)")
    }
  }

  @Test("66 when --inputs does not exist")
  func inputsMissing() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    for arguments in [
      ["--inputs", "Nowhere"], ["workbook", "2026-Q2", "--inputs", "Nowhere"],
      ["validate", "--inputs", "Nowhere"],
    ] {
      let result = try workspace.run(arguments)
      #expect(result.status == 66, "\(arguments)")
      #expect(result.stderr.contains("Nowhere"), "the message names the path: \(result.stderr)")
    }
    #expect(!workspace.exists(workspace.reports))
  }

  @Test("66 when the requested quarter has no folder")
  func quarterMissing() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    for arguments in [["workbook", "2025-Q1"], ["summary", "2027-Q1"], ["validate", "2025-Q1"]] {
      let result = try workspace.run(arguments)
      #expect(result.status == 66, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains("Inputs/\(arguments[1])"), "\(result.stderr)")
    }
  }

  @Test("64 for a bad quarter argument or an unknown option")
  func usage() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    for arguments in [
      ["workbook", "2026-Q9"], ["summary", "Q5-2026"], ["workbook"], ["--lang", "fr"], ["--bogus"],
    ] {
      let result = try workspace.run(arguments)
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
    }
    #expect(!workspace.exists(workspace.reports))
  }

  @Test("73 when --reports lies under a regular file; the message names the path")
  func cannotWrite() throws {
    // Tests run as root, so a read-only folder would not stop the write: use a file as parent.
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    try workspace.write("not a folder\n", to: "blocker")
    for arguments in [
      ["--reports", "blocker/Reports"], ["workbook", "2026-Q2", "--reports", "blocker/Reports"],
    ] {
      let result = try workspace.run(arguments)
      #expect(result.status == 73, "\(arguments): \(result.stderr)")
      #expect(
        result.stderrLines.contains {
          $0.hasPrefix("blocker/Reports") && $0.hasSuffix("blocker: Not a directory")
        }, "\(result.stderr)")
    }
    let output = try workspace.run(["workbook", "2026-Q2", "--output", "blocker/committee.xlsx"])
    #expect(output.status == 73, "\(output.stderr)")
    // The report is the path named, and the reason names the folder that cannot be created.
    #expect(
      output.stderrLines.contains {
        $0.hasPrefix("blocker/committee.xlsx: error: ") && $0.hasSuffix("blocker: Not a directory")
      }, "\(output.stderr)")
  }
}
