import Foundation

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

/// The reading rules as they were written for texts, before any byte-level shortcut: what the
/// reader must still give, computed here the slow way from `String`s only.
enum StringLevelRules {
  /// Trimming as `TableRecord.trimmed` did it: left alone unless the first or last scalar is
  /// White_Space, then Foundation's trimming.
  static func trimmed(_ field: String) -> String {
    guard let first = field.unicodeScalars.first, let last = field.unicodeScalars.last else {
      return field
    }
    if !first.properties.isWhitespace && !last.properties.isWhitespace { return field }
    return field.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The trimmed field at `index` of `record`, from its text.
  static func field(_ record: CSVRecord, _ index: Int?) -> String {
    guard let index else { return "" }
    let fields = record.fields
    return fields.indices.contains(index) ? trimmed(fields[index]) : ""
  }

  /// Whether every field is empty once trimmed.
  static func isBlank(_ record: CSVRecord) -> Bool {
    record.fields.allSatisfy { trimmed($0).isEmpty }
  }

  /// What reading an activity row gives, reading every field as a trimmed `String`: the rules
  /// of `ActivityRowParser` as they stood before its values were read from bytes.
  struct ActivityRows {
    let quarter: Quarter
    var seen: Set<String> = []

    mutating func parse(_ row: TableRecord, log: inout DiagnosticLog) -> Activity? {
      let record = Fields(row: row)
      let (id, removal) = InvisibleCharacters.removing(from: record["activity_id"])
      if let removal {
        log.warning(
          Messages.invisibleInID(id, removal),
          at: row.location("activity_id", offset: removal.offset), quarter: quarter)
      }
      if id.isEmpty || seen.contains(id) {
        let message =
          id.isEmpty ? Messages.missingField("activity_id") : Messages.duplicateActivity(id)
        log.error(
          message, at: record.location("activity_id"), quarter: quarter, rejectedRow: record.raw)
        return nil
      }
      seen.insert(id)
      let quarter = self.quarter
      var rejected = false
      func fail(_ message: LocalizedText, _ column: String) {
        log.error(
          message, at: record.location(column), quarter: quarter,
          rejectedRow: rejected ? nil : record.raw)
        rejected = true
      }
      let statusText = record["status"]
      let status = ActivityStatus(parsing: statusText)
      if status == nil {
        fail(
          statusText.isEmpty ? Messages.missingField("status") : Messages.badStatus(statusText),
          "status")
      }
      func date(_ column: String) -> CalendarDate? {
        let text = record[column]
        guard !text.isEmpty else { return nil }
        guard let date = CalendarDate(parsing: text) else {
          fail(Messages.badDate(text), column)
          return nil
        }
        return date
      }
      func amount(_ column: String, _ unit: MeasureUnit) -> Double? {
        let text = record[column]
        let (number, form) = NumberParser.read(text)
        switch number {
        case .value(let value):
          guard form.fits(unit, value: value) else {
            fail(
              Messages.valueContradictsUnit(
                text, form: form, read: value, unit: unit, owner: .activityColumn(column)),
              column)
            return nil
          }
          return value
        case .notReported:
          log.warning(
            Messages.activityFieldNotReported(id, column), at: record.location(column),
            quarter: quarter)
        case .invalid: fail(Messages.badActivityNumber(text), column)
        }
        return nil
      }
      let start = date("start")
      let end = date("end")
      if let start, let end, end < start {
        log.warning(Messages.endBeforeStart(id), at: record.location("end"), quarter: quarter)
      }
      let planned = amount("budget_planned", .ils)
      let spent = amount("budget_spent", .ils)
      let participants = amount("participants", .count)
      return Activity(
        id: id, title: record["title"], category: record["category"], lead: record["lead"],
        status: status, start: start, end: end, budgetPlanned: planned, budgetSpent: spent,
        participants: participants, notes: record["notes"], location: record.location(),
        isRejected: rejected)
    }
  }
}

/// A row's fields by column name, trimmed by ``StringLevelRules/trimmed(_:)``.
private struct Fields {
  let row: TableRecord

  subscript(column: String) -> String {
    StringLevelRules.field(row.record, row.index(of: column))
  }

  var raw: String { row.raw }

  func location(_ column: String? = nil) -> SourceLocation { row.location(column) }
}

/// An activity as text, doubles by their bits, for comparing two readings exactly.
func exactly(_ activity: Activity) -> String {
  let amounts = [activity.budgetPlanned, activity.budgetSpent, activity.participants].map {
    $0.map { String($0.bitPattern, radix: 16) } ?? "nil"
  }
  return [
    activity.id, activity.title, activity.category, activity.lead,
    activity.status?.rawValue ?? "nil", activity.start?.description ?? "nil",
    activity.end?.description ?? "nil", activity.notes, activity.location.description,
    "\(activity.isRejected)",
  ].joined(separator: "|") + "|" + amounts.joined(separator: "|")
}
