import Foundation
import Testing

/// The quality fixture's indicators CSV and text summary, with the numbers worked out by hand.
@Suite("Quality fixture: indicators CSV and summary")
struct QualityReportTests {
  /// Splits one CSV line the tool wrote (RFC 4180 quoting; no newline inside a field here).
  static func fields(_ line: String) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var iterator = Array(line).makeIterator()
    while let character = iterator.next() {
      switch (character, quoted) {
      case ("\"", true):
        if let next = iterator.next() {
          if next == "\"" {
            field.append("\"")
          } else {
            quoted = false
            if next == "," {
              fields.append(field)
              field = ""
            } else {
              field.append(next)
            }
          }
        } else {
          quoted = false
        }
      case ("\"", false) where field.isEmpty: quoted = true
      case (",", false):
        fields.append(field)
        field = ""
      default: field.append(character)
      }
    }
    return fields + [field]
  }

  @Test("baseline, baseline year, progress from baseline and comment follow the earlier columns")
  func csv() throws {
    let workspace = try Workspace(fixture: "quality")
    defer { workspace.remove() }
    #expect(try workspace.run(["workbook", "2026-Q2"]).status == 65)
    let text = try workspace.text(workspace.report("indicators", "2026-Q2", "csv"))
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first == IndicatorsTable.header)
    var rows: [String: [String]] = [:]
    for line in lines.dropFirst() {
      let fields = Self.fields(line)
      #expect(fields.count == 24, "\(line)")
      rows[fields[1]] = Array(fields[13..<17])
    }
    // Visitors: cumulative, YTD 17000 + 18000 = 35000; expected 40000 × 2/4 = 20000; the 2025
    // baseline 30000 by now is 30000 × 2/4 = 15000: (35000 − 15000) / (20000 − 15000) = 4.
    #expect(rows["tourism.visitors_total"] == ["30000", "2025", "4", ""])
    // Rooms: a stock with the quarter target 460, equal to the baseline: no progress. The comment
    // holds a comma and is quoted.
    #expect(rows["tourism.rooms"] == ["460", "2025", "", "מלון חדש נפתח בנתיבות, 300 חדרים"])
    #expect(text.contains(",\"מלון חדש נפתח בנתיבות, 300 חדרים\",2026-Q2,"))
    // Graduation rate: YTD (40 + 70) / (58 + 60) = 0.9322033898305084, target 0.6, baseline 0.5:
    // (0.9322033898305084 − 0.5) / (0.6 − 0.5) = 4.322033898305086 (as the doubles give it).
    #expect(
      rows["rehabilitation.graduation_rate"] == [
        "0.5", "2024", "4.322033898305086", "Two cohorts graduated together this quarter",
      ])
    // No baseline, no comment: four empty fields (the empty comment row of visitors is no comment).
    #expect(rows["tourism.budget_execution"] == ["", "", "", ""])
    #expect(!containsNonFiniteToken(text))
  }

  @Test("the summary's quality sections", arguments: ["he", "en"])
  func summary(_ language: String) throws {
    let workspace = try Workspace(fixture: "quality")
    defer { workspace.remove() }
    let result = try workspace.run(["summary", "2026-Q2", "--lang", language])
    #expect(result.status == 65)
    try Golden.check(result.stdout, against: "summary-quality-2026-Q2.\(language).txt")
    #expect(!containsNonFiniteToken(result.stdout))
    guard language == "en" else { return }
    let lines = result.stdout.split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    let expected = [
      "checked: 7, broken: 5, not checked: 2",
      "partners_cover_employed (rehabilitation): not checked (skip_if_any): no value for "
        + "rehabilitation.partner_institutions",
      "partners_bounded (rehabilitation): not checked (skip_if_all): no value for "
        + "rehabilitation.partner_institutions",
      "⚠ Guided tours (tourism.guided_tours): 40",
      "differs from a history that never changed",
      "History: 2025-Q1 0, 2025-Q2 0, 2025-Q4 0, 2026-Q1 0",
      // median 403.5, MAD 2.5: 0.6745 × (4100 − 403.5) / 2.5 = 997.32; 4100 / 410 = 10.
      "⚠ Guest rooms (tourism.hotel_rooms): 4,100, z = 997.32, ×10.00",
      "far from its history (|z| > 3.5); a jump against the previous quarter (×3 or more)",
      // median 23250, MAD 1500: 0.6745 × (15000 − 23250) / 1500 = −3.71.
      "⚠ Overnight stays (tourism.overnight_stays): 15,000, z = -3.71, ×0.59",
      // median 32.5, MAD 5: 0.6745 × 37.5 / 5 = 5.06.
      "⚠ Trainees graduated (rehabilitation.trainees_graduated): 70, z = 5.06, ×1.75",
      "measures without a z-score (short or constant history): 2 – see the checks sheet",
      "✎ Active guest rooms: מלון חדש נפתח בנתיבות, 300 חדרים",
      "⚑ red without a comment: Budget execution (Tourism)",
    ]
    for line in expected {
      #expect(lines.contains(line), "missing: \(line)")
    }
    #expect(
      lines.contains {
        $0.hasPrefix("Rehabilitation") && $0.contains("Reporting rate 75%")
          && $0.hasSuffix("measures without a value: rehabilitation.partner_institutions")
      })
    #expect(
      lines.contains { $0.hasPrefix("Tourism") && $0.hasSuffix("tourism-kpis.csv (days late: 13)") }
    )
    // Visitors rose 17000 → 18000: neither far from its history (z = 1.69) nor a jump.
    #expect(!result.stdout.contains("(tourism.visitors)"))
  }
}
