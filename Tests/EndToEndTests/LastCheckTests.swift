import Foundation
import Testing

/// A run with nothing to rebuild answers from the last check the manifest records, as long as
/// every input hashes as that check read it: the same diagnostics, the same exit status, no input
/// loaded. Anything else goes the full way.
@Suite("Answering from the last check", .serialized)
struct LastCheckTests {
  /// The diagnostic lines of a run's standard error: the progress log's timestamped lines left out.
  private func diagnostics(_ result: RunResult) -> [String] {
    result.stderrLines.filter { $0.hasPrefix("Inputs/") || $0.hasPrefix("prosperity:") }
  }

  private func manifest(_ workspace: Workspace) throws -> [String: Any] {
    let data = try Data(contentsOf: workspace.reports.appendingPathComponent("manifest.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  private func writeManifest(_ object: [String: Any], _ workspace: Workspace) throws {
    let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted])
    try data.write(to: workspace.reports.appendingPathComponent("manifest.json"))
  }

  /// Rewrites every recorded diagnostic's English message, so a run that prints it can only have
  /// answered from the record.
  private func markRecordedMessages(_ workspace: Workspace) throws {
    var object = try manifest(workspace)
    var check = try #require(object["check"] as? [String: Any])
    var recorded = try #require(check["diagnostics"] as? [[String: Any]])
    for index in recorded.indices {
      var message = try #require(recorded[index]["message"] as? [String: Any])
      message["english"] = "as recorded"
      recorded[index]["message"] = message
    }
    check["diagnostics"] = recorded
    object["check"] = check
    try writeManifest(object, workspace)
  }

  @Test("with data errors, a run with nothing to do says the same errors and exits 65 again")
  func unchangedBadInputsExitAsBefore() throws {
    let workspace = try Workspace(fixture: "bad")
    defer { workspace.remove() }
    let first = try workspace.run(["--lang", "en"])
    #expect(first.status == 65)
    #expect(!diagnostics(first).isEmpty)
    let second = try workspace.run(["--lang", "en"])
    #expect(second.status == 65)
    #expect(diagnostics(second) == diagnostics(first))
    #expect(
      second.stderr.contains("nothing to do: the one quarter is up to date"), "\(second.stderr)")
    let quiet = try workspace.run(["--lang", "en", "--quiet"])
    #expect(quiet.status == 65)
    #expect(diagnostics(quiet) == diagnostics(first).filter { $0.contains(": error: ") })
  }

  @Test("the answer comes from the record while the inputs are unchanged, not from reading them")
  func unchangedInputsAnswerFromTheRecord() throws {
    let workspace = try Workspace(fixture: "bad")
    defer { workspace.remove() }
    #expect(try workspace.run(["--lang", "en"]).status == 65)
    try markRecordedMessages(workspace)
    let answered = try workspace.run(["--lang", "en"])
    #expect(answered.status == 65)
    #expect(!diagnostics(answered).isEmpty)
    #expect(diagnostics(answered).allSatisfy { $0.hasSuffix("as recorded") }, "\(answered.stderr)")
    let dry = try workspace.run(["run", "--dry-run", "--lang", "en"])
    #expect(dry.stdout == "nothing to do: the one quarter is up to date\n", "\(dry.stdout)")
    #expect(diagnostics(dry).allSatisfy { $0.hasSuffix("as recorded") })
  }

  @Test("a changed byte, another inputs folder or --force is checked in full")
  func anythingElseIsCheckedInFull() throws {
    let workspace = try Workspace(fixture: "bad")
    defer { workspace.remove() }
    let first = try workspace.run(["--lang", "en"])
    try markRecordedMessages(workspace)
    let forced = try workspace.run(["run", "--force", "--lang", "en"])
    #expect(forced.status == 65)
    #expect(diagnostics(forced) == diagnostics(first))
    try markRecordedMessages(workspace)
    let elsewhere = try workspace.run(["--lang", "en", "--inputs", "./Inputs"])
    #expect(elsewhere.status == 65)
    #expect(!elsewhere.stderr.contains("as recorded"), "\(elsewhere.stderr)")
    // A catalog file with the same size and other bytes: every quarter depends on it.
    try markRecordedMessages(workspace)
    let engines = workspace.inputs.appendingPathComponent("engines.csv")
    let text = try workspace.text(engines)
    try Data(text.replacingOccurrences(of: "\n", with: " \n").utf8).write(to: engines)
    let changed = try workspace.run(["--lang", "en"])
    #expect(!changed.stderr.contains("as recorded"), "\(changed.stderr)")
    try Data(text.utf8).write(to: engines)
    let restored = try workspace.run(["--lang", "en"])
    #expect(restored.status == 65)
    #expect(diagnostics(restored) == diagnostics(first))
  }

  @Test(
    "a folder with nothing to hash counts too: an empty, misnamed or out-of-range one, added or gone",
    arguments: ["1926-Q3", "Q3 2026", "2026-Q4", "2026-Q2/old"])
  func foldersAreSeen(folder: String) throws {
    let workspace = try Workspace(fixture: "bad")
    defer { workspace.remove() }
    let first = try workspace.run(["--lang", "en"])
    try markRecordedMessages(workspace)
    let added = workspace.inputs.appendingPathComponent(folder)
    try FileManager.default.createDirectory(at: added, withIntermediateDirectories: true)
    let withFolder = try workspace.run(["--lang", "en"])
    #expect(!withFolder.stderr.contains("as recorded"), "\(folder): \(withFolder.stderr)")
    try markRecordedMessages(workspace)
    try FileManager.default.removeItem(at: added)
    let without = try workspace.run(["--lang", "en"])
    #expect(!without.stderr.contains("as recorded"), "\(folder): \(without.stderr)")
    #expect(without.status == first.status)
    #expect(diagnostics(without) == diagnostics(first))
  }

  @Test("a record made by another build of the tool is not trusted")
  func anotherBuildChecksInFull() throws {
    let workspace = try Workspace(fixture: "bad")
    defer { workspace.remove() }
    #expect(try workspace.run(["--lang", "en"]).status == 65)
    try markRecordedMessages(workspace)
    var object = try manifest(workspace)
    var check = try #require(object["check"] as? [String: Any])
    #expect(check["build"] as? String != nil)
    check["build"] = "another build"
    object["check"] = check
    try writeManifest(object, workspace)
    let result = try workspace.run(["--lang", "en"])
    #expect(result.status == 65)
    #expect(!result.stderr.contains("as recorded"), "\(result.stderr)")
  }

  @Test("a check that found more than a thousand problems is not recorded, and checks in full")
  func tooManyProblemsAreNotRecorded() throws {
    let workspace = try Workspace(fixture: "bad")
    defer { workspace.remove() }
    let rows = (0..<1_001).map { "tourism.visitors,x\($0),Sderot,survey," }
    try workspace.write(
      (["measure,value,locality,source,notes"] + rows).joined(separator: "\n") + "\n",
      to: "Inputs/2026-Q2/tourism-kpis.csv")
    // Forced, so the quarter is published whatever it lost, and only the count keeps the record out.
    let first = try workspace.run(["run", "--force", "--lang", "en"])
    #expect(first.status == 65)
    #expect(diagnostics(first).count > 1_000)
    #expect(try manifest(workspace)["check"] == nil)
    let second = try workspace.run(["--lang", "en"])
    #expect(second.status == 65)
    #expect(diagnostics(second) == diagnostics(first))
  }

  @Test("a manifest from before the record is checked in full once, then recorded")
  func manifestWithoutRecord() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    #expect(try workspace.run(["--lang", "en"]).status == 0)
    var object = try manifest(workspace)
    #expect(object["check"] != nil)
    object["check"] = nil
    try writeManifest(object, workspace)
    let second = try workspace.run(["--lang", "en"])
    #expect(second.status == 0)
    #expect(second.stderr.contains("nothing to do: all 5 quarters are up to date"))
    #expect(!second.stderr.contains("wrote "))
    #expect(try manifest(workspace)["check"] != nil)
  }

  @Test("a run with nothing to do while another run holds the lock still exits 75")
  func busyEvenWithNothingToDo() throws {
    let workspace = try Workspace(fixture: "clean")
    defer { workspace.remove() }
    #expect(try workspace.run(["--lang", "en"]).status == 0)
    let lock = try HeldRunLock(workspace)
    defer { lock.release() }
    #expect(try workspace.run(["--lang", "en"]).status == 75)
  }
}
