import Foundation
import Testing

/// The quality fixture (Fixtures/quality): 2025-Q1 … 2026-Q2 with no 2025-Q3 folder and no
/// tourism activity file in 2026-Q1; rules that break, skip and count missing values as 0 under
/// each strategy; planted outliers; comments; a late file.
///
/// 2026-Q2 values: graduated 70, enrolled 60, employed 20, partner_institutions not in the file;
/// overnight stays 15000, visitors 18000 (nine localities); rehabilitation activities spent 70000 of
/// 50000 planned; tourism 40000 of 160000.
@Suite("Quality fixture: diagnostics")
struct QualityDiagnosticsTests {
  static let expected = [
    // rules.csv rows that cannot be read: rejected at the column that is wrong.
    "Inputs/rules.csv:10:39: error: unknown operator '=>>' (== != < <= > >=)",
    "Inputs/rules.csv:11:48: error: unknown missing-value strategy 'skip_if_some' "
      + "(skip_if_any | skip_if_all | never_skip)",
    "Inputs/rules.csv:12:21: error: the formula uses an unknown measure 'tourism.visits' "
      + "(to subtract measures, put spaces around '-')",
    // Comments on an unknown indicator or another engine's are rejected.
    "Inputs/2026-Q2/tourism-notes.csv:4:1: error: unknown indicator 'tourism.hotel_count'",
    "Inputs/2026-Q2/tourism-notes.csv:5:1: error: the indicator 'rehabilitation.graduates' "
      + "belongs to the engine 'rehabilitation'; the row was rejected",
    // high importance → error, pointing at the left side's row in the KPI file.
    "Inputs/2026-Q2/rehabilitation-kpis.csv:3:1: error: validation rule "
      + "'graduates_within_enrolled' is broken (rehabilitation, 2026-Q2): "
      + "rehabilitation.trainees_graduated = 70, rehabilitation.trainees_enrolled = 60; "
      + "70 <= 60 does not hold – more graduates than enrolled",
    // skip_if_all with one of two measures missing: the missing one counts as 0.
    "Inputs/2026-Q2/rehabilitation-kpis.csv:4:1: warning: validation rule "
      + "'partners_per_two_employed' is broken (rehabilitation, 2026-Q2): "
      + "rehabilitation.trainees_employed = 20, 2 * rehabilitation.partner_institutions = 0; "
      + "20 <= 0 does not hold (counted as 0: rehabilitation.partner_institutions)",
    // never_skip with every measure missing: checked with 0; the measure is not in the file,
    // so the file is named.
    "Inputs/2026-Q2/rehabilitation-kpis.csv: warning: validation rule 'partners_reported' is "
      + "broken (rehabilitation, 2026-Q2): rehabilitation.partner_institutions = 0, 1; "
      + "0 >= 1 does not hold (counted as 0: rehabilitation.partner_institutions) – every quarter "
      + "names its partners",
    "Inputs/2026-Q2/tourism-kpis.csv:11:1: warning: validation rule 'stays_at_least_visitors' "
      + "is broken (tourism, 2026-Q2): tourism.overnight_stays = 15000, tourism.visitors = 18000; "
      + "15000 >= 18000 does not hold – every visitor stays a night",
    // engine '*': checked for each engine; only rehabilitation's 70000 > 1.2 × 50000.
    "Inputs/2026-Q2/rehabilitation-activities.csv: warning: validation rule "
      + "'budget_spent_within_plan' is broken (rehabilitation, 2026-Q2): "
      + "activities.budget_spent = 70000, 1.2 * activities.budget_planned = 60000; "
      + "70000 <= 60000 does not hold",
    // Due 30 days after 2026-06-30 = 2026-07-30; submitted 2026-08-12.
    "Inputs/2026-Q2/tourism-kpis.csv: warning: the file Inputs/2026-Q2/tourism-kpis.csv was "
      + "handed in on 2026-08-12, after its due date 2026-07-30 (days late: 13)",
  ]

  @Test("rule violations name both sides; skipped rules and on-time files raise nothing")
  func diagnostics() throws {
    let workspace = try Workspace(fixture: "quality")
    defer { workspace.remove() }
    let result = try workspace.run(["workbook", "2026-Q2", "--lang", "en"])
    #expect(result.status == 65, "a high-importance rule is broken")
    let lines = result.stderrLines
    for line in Self.expected {
      #expect(lines.contains(line), "missing: \(line)\nstderr:\n\(result.stderr)")
    }
    // Rules that passed or were skipped (skip_if_any with a missing measure, skip_if_all with
    // every measure missing) are not diagnostics; neither is the on-time rehabilitation file.
    for quiet in [
      "employed_within_graduates", "partners_cover_employed", "partners_bounded",
      "rehabilitation-kpis.csv was handed in",
    ] {
      #expect(!result.stderr.contains(quiet), "\(quiet)")
    }
    #expect(!result.stderr.contains("(tourism, 2026-Q2): activities.budget_spent"))
    #expect(!containsNonFiniteToken(result.stderr))
  }

  @Test("validate over every quarter checks the rules of every quarter")
  func validateAll() throws {
    let workspace = try Workspace(fixture: "quality")
    defer { workspace.remove() }
    let result = try workspace.run(["validate", "--lang", "en"])
    #expect(result.status == 65)
    #expect(
      result.stderr.contains("'graduates_within_enrolled' is broken (rehabilitation, 2026-Q2)"))
    // 2025-Q1 … 2026-Q1 keep every rule (graduates ≤ enrolled, stays ≥ visitors).
    #expect(!result.stderr.contains("'graduates_within_enrolled' is broken (rehabilitation, 2025"))
  }

  @Test("the shipped rules hold on the shipped data, and a medium rule broken is only a warning")
  func shippedRules() throws {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    defer { workspace.remove() }
    let clean = try workspace.run(["validate", "2026-Q3", "--lang", "en"])
    #expect(clean.status == 0, "\(clean.stderr)")
    #expect(!clean.stderr.contains("validation rule"))
    // Overnight stays below visitors break a medium rule: a warning, and the exit stays 0.
    let path = "Inputs/2026-Q3/tourism-kpis.csv"
    let text = try workspace.text(workspace.root.appendingPathComponent(path))
    // 38,254 stays in all; three localities down to 10 each leave 17,980, below 22,534 visitors.
    var lowered = text
    for stays in ["\"10,552\"", "\"5,583\"", "\"4,169\""] {
      lowered = lowered.replacingOccurrences(
        of: "tourism.overnight_stays,\(stays)", with: "tourism.overnight_stays,10")
    }
    try workspace.write(lowered, to: path)
    let broken = try workspace.run(["validate", "2026-Q3", "--lang", "en"])
    #expect(broken.status == 0, "\(broken.stderr)")
    #expect(
      broken.stderr.contains(": warning: validation rule 'stays_at_least_visitors' is broken"))
  }
}
