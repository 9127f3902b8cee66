import Foundation
import Testing

@testable import ProsperityInput
@testable import ProsperityModel

/// Activity files spelled as managers' spreadsheets save them (windows-1255 or UTF-8 with or
/// without a byte order mark, CRLF or LF, status words in either language and any case, ISO and
/// day-first dates, amounts with `₪` or grouping commas, `n/a`) are read wholly from their bytes,
/// no field left to the `String` rules, and give what those rules give.
@Suite("Activity files in the spreadsheets' forms are read from their bytes")
struct RealisticFormsBytePathTests {
  enum Saved: CaseIterable { case utf8, utf8WithBOM, windows1255 }

  static let statuses = [
    "planned", "Active", "COMPLETED", "delayed", "Cancelled", "מתוכנן", "פעיל", "הושלם", "מתעכב",
    "בוטל",
  ]
  static let titles = ["הדרכת מו\"פ", "סיור, כנס ותערוכה", "פיתוח \"חממה\"", "ימי עיון"]

  static func amount(_ value: Int, _ random: inout SeededGenerator) -> String {
    let grouped = Self.grouped(value)
    switch Int.random(in: 0..<7, using: &random) {
    case 0: return String(value)
    case 1: return grouped
    case 2: return "₪" + grouped
    case 3: return "₪ " + grouped + ".00"
    case 4: return grouped + " ₪"
    case 5: return ["n/a", "", "N/A"].randomElement(using: &random)!
    default: return "-₪" + grouped
    }
  }

  /// `1,234,567`.
  static func grouped(_ value: Int) -> String {
    let digits = Array(String(value))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }

  static func date(_ random: inout SeededGenerator) -> String {
    let (year, month, day) = (
      Int.random(in: 2024...2026, using: &random), Int.random(in: 1...12, using: &random),
      Int.random(in: 1...28, using: &random)
    )
    switch Int.random(in: 0..<3, using: &random) {
    case 0: return String(format: "%d-%02d-%02d", year, month, day)
    case 1: return String(format: "%02d/%02d/%d", day, month, year)
    default: return "\(day)/\(month)/\(year)"
    }
  }

  /// A field as Excel writes it: quoted when it holds a comma or a quote.
  static func csv(_ text: String) -> String {
    text.contains(",") || text.contains("\"")
      ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
  }

  static func file(seed: UInt64) -> String {
    var random = SeededGenerator(seed: seed)
    var lines = [ActivityBytePathTests.columns.dropLast().joined(separator: ",")]
    for row in 0..<400 {
      let fields = [
        "A-\(row)", titles.randomElement(using: &random)!, "קטגוריה", "רכזת",
        statuses.randomElement(using: &random)!, date(&random), date(&random),
        amount(Int.random(in: 0...2_000_000, using: &random), &random),
        amount(Int.random(in: 0...2_000_000, using: &random), &random),
        String(Int.random(in: 0...5_000, using: &random)), row % 3 == 0 ? "" : "הערה",
      ]
      lines.append(fields.map(csv).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` as windows-1255: the letters, `₪` and ASCII the file holds.
  static func windows1255(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { scalar in
      switch scalar.value {
      case 0..<0x80: UInt8(scalar.value)
      case 0x05D0...0x05EA: UInt8(scalar.value - 0x05D0 + 0xE0)
      case 0x20AA: 0xA4
      default: preconditionFailure("not in the test's table: \(scalar)")
      }
    }
  }

  @Test(
    "no field falls back, and the rows read as the String rules read them",
    arguments: Saved.allCases, ["\n", "\r\n"])
  func noFallback(saved: Saved, lineEnd: String) throws {
    let text = Self.file(seed: 15).replacingOccurrences(of: "\n", with: lineEnd)
    let bytes: [UInt8] =
      switch saved {
      case .utf8: Array(text.utf8)
      case .utf8WithBOM: [0xEF, 0xBB, 0xBF] + Array(text.utf8)
      case .windows1255: Self.windows1255(text)
      }
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("realistic-\(UUID().uuidString).csv").path
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    defer { try? FileManager.default.removeItem(atPath: path) }

    let expected = ActivityBytePathTests.reference(path)
    #expect(expected.activities.count == 400)
    #expect(expected.log.entries.count > 20, "n/a and empty amounts are reported")
    let load = InputsLoader.loadActivities(
      path, engine: "tourism", quarter: ActivityBytePathTests.quarter, holding: .max, cache: nil)
    #expect(load.file?.encoding == "\(saved)")
    #expect(load.diagnostics == expected.log.entries)
    #expect(load.activities.leading.map(exactly) == expected.activities.map(exactly))
    #expect(load.fallbacks.rows == 400)
    #expect(load.fallbacks.total == 0, "\(load.fallbacks)")
  }
}
