import Foundation
import ProsperityModel

extension Messages {
  /// Messages quote what was in the file; a hostile field must not make a message megabytes long.
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: Shortened.text(he, limit: 600), en: Shortened.text(en, limit: 600))
  }

  // MARK: Files
  static func fileLate(_ arrival: FileArrival) -> LocalizedText {
    let days = arrival.daysLate ?? 0
    let arrived = arrival.arrived?.description ?? ""
    return text(
      "הקובץ \(arrival.path) הוגש ב-\(arrived), אחרי מועד ההגשה \(arrival.due) (ימי איחור: \(days))",
      "the file \(arrival.path) was handed in on \(arrived), after its due date \(arrival.due) (days late: \(days))"
    )
  }

  // MARK: Rule results
  static func ruleViolated(
    rule: ValidationRule, engine: String, quarter: Quarter, left: Double, right: Double,
    countedAsZero: [String]
  ) -> LocalizedText {
    let l = NumberText.plain(left)
    let r = NumberText.plain(right)
    let op = rule.op.rawValue
    let leftSide = side(rule.leftText, l)
    let rightSide = side(rule.rightText, r)
    let zeros = countedAsZero.joined(separator: ", ")
    let he =
      "כלל הבקרה '\(rule.id)' הופר (\(engine), \(quarter)): \(leftSide), \(rightSide); נדרש \(l) \(op) \(r)"
      + (countedAsZero.isEmpty ? "" : " (נספרו כ-0: \(zeros))")
      + (rule.message.isEmpty ? "" : " – \(rule.message)")
    let en =
      "validation rule '\(rule.id)' is broken (\(engine), \(quarter)): \(leftSide), \(rightSide); \(l) \(op) \(r) does not hold"
      + (countedAsZero.isEmpty ? "" : " (counted as 0: \(zeros))")
      + (rule.message.isEmpty ? "" : " – \(rule.message)")
    return text(he, en)
  }
  /// `formula = value`, or the value alone when the formula is that number.
  static func ruleSkipped(missing: [String], strategy: MissingValueStrategy) -> LocalizedText {
    let list = missing.joined(separator: ", ")
    return text(
      "לא נבדק (\(strategy.rawValue)): אין ערך ל-\(list)",
      "not checked (\(strategy.rawValue)): no value for \(list)")
  }
  static let ruleNotComputable = text(
    "לא נבדק: לא ניתן לחשב את אחד הצדדים", "not checked: a side cannot be computed")

  // MARK: Outliers
  static func historyTooShort(_ count: Int, needed: Int) -> LocalizedText {
    text(
      "אין ציון z: רבעונים קודמים עם ערך: \(count), נדרשים: \(needed)",
      "no z-score: earlier quarters with a value: \(count), needed: \(needed)")
  }
  static let tooLargeToScore = text(
    "אין ציון z: הערכים גדולים מכדי לחשב את הפיזור שלהם",
    "no z-score: the values are too large to measure their spread")
  static func constantHistory(_ value: Double, count: Int) -> LocalizedText {
    let shown = NumberText.plain(value)
    return text(
      "אין ציון z: בכל הרבעונים הקודמים (\(count)) הערך היה \(shown), ולכן אין פיזור",
      "no z-score: every earlier quarter (\(count)) had the value \(shown), so there is no spread")
  }
  /// One side of a rule as a message shows it: `formula = value`, or the value alone when the
  /// side is a plain number.
  package static func side(_ formula: String, _ value: String) -> String {
    Double(formula.trimmingCharacters(in: .whitespaces)).map(NumberText.plain) == value
      ? value : "\(formula) = \(value)"
  }
}
