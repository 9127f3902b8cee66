import Foundation
import Testing
import XlsxReading
import XlsxWriter

/// Which days exist is decided by Gregorian arithmetic before libxlsxwriter sees a date (it would
/// turn 31 April into 1 May): leap years, centuries, month lengths and Excel's range.
@Suite("Dates that do not exist are refused; the ones that do are written")
struct DateValidityTests {
  @Test(
    "days that exist become Excel serial numbers",
    arguments: [
      (2024, 2, 29, 45_351.0), (2000, 2, 29, 36_585), (1900, 3, 1, 61), (2023, 12, 31, 45_291),
      (9999, 12, 31, 2_958_465),
    ])
  func existingDays(year: Int, month: Int, day: Int, serial: Double) throws {
    let scratch = try ScratchDirectory()
    let file = try scratch.write { _, sheet in
      try sheet.writeDate(year: year, month: month, day: day, row: 0, column: 0)
    }
    #expect(try file.sheet(named: "Sheet1").number(at: "A1") == serial)
  }

  @Test(
    "days that do not exist, or that Excel cannot hold, throw",
    arguments: [
      (2023, 2, 29), (1900, 2, 29), (2100, 2, 29), (2024, 2, 30), (2024, 4, 31), (2024, 6, 31),
      (2024, 9, 31), (2024, 11, 31), (2024, 13, 1), (2024, 0, 1), (2024, 1, 0), (2024, 1, 32),
      (1899, 12, 31), (10_000, 1, 1),
    ])
  func missingDays(year: Int, month: Int, day: Int) throws {
    let scratch = try ScratchDirectory()
    #expect {
      _ = try scratch.write { _, sheet in
        try sheet.writeDate(year: year, month: month, day: day, row: 0, column: 0)
      }
    } throws: { error in
      (error as? XlsxError)?.kind == .invalidArgument
    }
  }
}
