import Foundation
import Testing

/// Cron's world: no terminal, no HOME, `LANG=C`; timestamped log lines; `--quiet` mails only trouble.
@Suite("Cron's environment")
struct CronEnvironmentTests {
  let cron = ["PATH": "/usr/bin:/bin", "LANG": "C"]

  @Test("with LANG=C and no HOME the Hebrew reports are still correct UTF-8")
  func minimalEnvironment() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let result = try workspace.run(["run"], environment: cron)
    #expect(result.status == 0, "\(result.stderr)")
    let bytes = try Data(contentsOf: workspace.report("summary", "2026-Q2", "txt"))
    let text = try #require(String(data: bytes, encoding: .utf8))
    #expect(text.hasPrefix("אשכול נגב מערבי – מנועי השגשוג\n"))
    let summary = try workspace.run(["summary", "2026-Q2"], environment: cron)
    #expect(summary.stdout == text)
  }

  @Test("log lines carry a UTC timestamp and a level, and list what was written")
  func timestampedLogLines() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    let result = try workspace.run(["--lang", "en"], environment: cron)
    let reports = ["/committee-", "/summary-", "/indicators-"]
    let wrote = result.stderrLines.filter { line in
      line.contains(" info: wrote Reports/20") && reports.contains { line.contains($0) }
    }
    // Five quarters × the three reports and the two engines' packs (workbook and summary).
    #expect(wrote.count == 35, "\(wrote)")
    let pattern =
      #/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z info: wrote Reports/2026-Q2/committee-2026-Q2\.xlsx$/#
    #expect(result.stderrLines.contains { $0.wholeMatch(of: pattern) != nil }, "\(result.stderr)")
  }

  @Test("--quiet is silent when all is well and prints only errors when not")
  func quiet() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    // The clean fixture has warnings (a missing file); quiet hides them.
    let clean = try workspace.run(["--quiet"], environment: cron)
    #expect(clean.status == 0)
    #expect(clean.stderr.isEmpty, "\(clean.stderr)")
    #expect(clean.stdout.isEmpty)
    try workspace.write(
      "measure,value\ntourism.nope,1\n", to: "Inputs/2026-Q2/rehabilitation-kpis.csv")
    let broken = try workspace.run(["--quiet", "--lang", "en"], environment: cron)
    #expect(broken.status == 65)
    #expect(!broken.stderrLines.isEmpty)
    #expect(broken.stderrLines.allSatisfy { $0.contains(": error: ") }, "\(broken.stderr)")
  }
}
