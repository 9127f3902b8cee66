import Foundation
import Testing

/// `timeliness.use_file_times`: a file without a `submitted` date arrives at its modification time,
/// read in Israel's time zone (UTC+3 in summer).
@Suite("Quality fixture: arrival by file time")
struct FileTimeTests {
  func setModified(_ workspace: Workspace, _ path: String, _ iso: String) throws {
    let date = try #require(ISO8601DateFormatter().date(from: iso))
    try FileManager.default.setAttributes(
      [.modificationDate: date], ofItemAtPath: workspace.root.appendingPathComponent(path).path)
  }

  @Test("modification times count only when the setting says so, after the submitted column")
  func fileTimes() throws {
    let workspace = try Workspace(fixture: "quality")
    defer { workspace.remove() }
    // 23:00 in Israel on the due date: on time. 00:30 the next day in Israel: a day late.
    try setModified(workspace, "Inputs/2026-Q2/tourism-activities.csv", "2026-07-30T20:00:00Z")
    try setModified(
      workspace, "Inputs/2026-Q2/rehabilitation-activities.csv", "2026-07-30T21:30:00Z")
    // The submitted column (2026-07-15) wins over a late modification time.
    try setModified(workspace, "Inputs/2026-Q2/rehabilitation-kpis.csv", "2026-12-01T09:00:00Z")
    let off = try workspace.run(["workbook", "2026-Q2", "--lang", "en"])
    #expect(!off.stderr.contains("activities.csv was handed in"), "file times are off by default")

    let settings = try workspace.text(workspace.inputs.appendingPathComponent("settings.csv"))
    try workspace.write(settings + "timeliness.use_file_times,yes\n", to: "Inputs/settings.csv")
    let on = try workspace.run(["workbook", "2026-Q2", "--lang", "en"])
    #expect(
      on.stderrLines.contains(
        "Inputs/2026-Q2/rehabilitation-activities.csv: warning: the file "
          + "Inputs/2026-Q2/rehabilitation-activities.csv was handed in on 2026-07-31, after its due "
          + "date 2026-07-30 (days late: 1)"), "\(on.stderr)")
    #expect(!on.stderr.contains("tourism-activities.csv was handed in"))
    #expect(!on.stderr.contains("rehabilitation-kpis.csv was handed in"))
  }
}
