import Foundation
import Testing

/// `run --force` rebuilds from the input bytes: it reads every file again and never takes a
/// digest in `Reports/.cache` on trust, so a stale or forged one cannot reach the reports.
@Suite("run --force and the digests", .serialized)
struct ForceIgnoresDigestsTests {
  /// 2026-Q3's tourism activities, grown past the 256 KiB from which a digest is recorded.
  func growActivities(_ workspace: Workspace) throws {
    let url = workspace.inputs.appendingPathComponent("2026-Q3/tourism-activities.csv")
    var bytes = try Data(contentsOf: url)
    for index in 0..<2500 {
      bytes.append(
        Data(
          ("TOU-\(5000 + index),Extra activity \(index),תכלול,אשכול נגב מערבי,active,2024-01-15,,"
            + "\"₪10,000\",\"₪5,000\",3,padding padding padding padding\r\n").utf8))
    }
    try bytes.write(to: url)
  }

  func reports(_ workspace: Workspace) throws -> [Data] {
    try [("committee", "xlsx"), ("summary", "txt"), ("indicators", "csv")].map {
      try Data(contentsOf: workspace.report($0.0, "2026-Q3", $0.1))
    }
  }

  @Test("a forged digest changes nothing that run --force writes, and is written anew")
  func forgedDigestIsIgnored() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    try growActivities(workspace)
    // A digest is recorded only for a file that has not changed in the last two seconds.
    Thread.sleep(forTimeInterval: 2.2)
    #expect(try workspace.run(["run", "--lang", "en"]).status == 0)
    let truth = try reports(workspace)
    let summary = try workspace.text(workspace.report("summary", "2026-Q3", "txt"))
    #expect(
      summary.contains("Activities: 2506 (active 2505, completed 1) · Budget execution: 65%"),
      "\(summary)")
    // The first run found no reports folder to keep digests in; this one records them.
    #expect(try workspace.run(["workbook", "2026-Q3", "--lang", "en"]).status == 0)
    let cache = workspace.reports.appendingPathComponent(".cache")
    let entries = try FileManager.default.contentsOfDirectory(atPath: cache.path)
    #expect(entries.count == 1, "\(entries)")
    let entry = cache.appendingPathComponent(try #require(entries.first))
    var digest = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: entry)) as? [String: Any])
    #expect(digest["count"] as? Int == 2506)
    // Totals the rows cannot contradict (a forged count would be caught by the activities sheet).
    var totals = try #require(digest["totals"] as? [String: Any])
    for (measure, figure) in [("activities.budget_spent", 1), ("activities.participants", 7)] {
      totals[measure] = ["value": ["_0": figure]]
    }
    digest["totals"] = totals
    try JSONSerialization.data(withJSONObject: digest).write(to: entry)
    // The forged digest is what a command that trusts digests now believes:
    let believed = try workspace.run(["summary", "2026-Q3", "--lang", "en"])
    #expect(
      believed.stdout.contains("Activities: 2506 (active 2505, completed 1) · Budget execution: 0%")
    )

    let forced = try workspace.run(["run", "--force", "--lang", "en"])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(try reports(workspace) == truth)
    // --force recorded the digest again from the bytes, so later runs are right too.
    let rewritten = try JSONSerialization.jsonObject(with: Data(contentsOf: entry))
    let spent = ((rewritten as? [String: Any])?["totals"] as? [String: Any])?[
      "activities.budget_spent"]
    #expect(((spent as? [String: Any])?["value"] as? [String: Any])?["_0"] as? Int == 23_499_000)
    #expect(try workspace.run(["workbook", "2026-Q3", "--lang", "en"]).status == 0)
    #expect(try reports(workspace) == truth)
  }
}
