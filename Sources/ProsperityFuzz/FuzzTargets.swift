import ProsperityIndicators
import ProsperityInput
import ProsperityModel

/// What the fuzzer exercises: the CSV reader (with decoding), the value and date parsers, and the
/// formula parser and evaluator. The first byte picks the target, so the fuzzer can learn each.
///
/// Beyond not crashing, each target checks the invariants a report relies on: no non-finite number
/// comes out of a parser, and positions stay inside the input.
package enum FuzzTargets {
  static func run(_ bytes: [UInt8]) {
    guard let selector = bytes.first else { return }
    let input = Array(bytes.dropFirst())
    switch selector % 3 {
    case 0: csv(input)
    case 1: values(String(decoding: input, as: UTF8.self))
    default: formula(String(decoding: input, as: UTF8.self))
    }
  }

  static func csv(_ bytes: [UInt8]) {
    guard case .success(let decoded) = TextDecoding.decode(bytes) else { return }
    let table = CSVTable(utf8: decoded.utf8)
    for record in [table.header?.record].compactMap({ $0 }) + table.rows {
      let positions = record.fieldPositions
      require(positions.count == record.fields.count, "a position per field")
      for position in positions {
        require(position.line >= record.line && position.column >= 1, "position")
      }
      _ = record.rawText
    }
    for issue in table.issues { require(issue.position.line >= 1, "issue line") }
  }

  static func values(_ text: String) {
    if case .value(let number) = NumberParser.parse(text) {
      require(number.isFinite, "finite number")
      require(Double(NumberText.plain(number)) == number, "plain text reads back")
    }
    if let date = CalendarDate(parsing: text) {
      require(CalendarDate(parsing: date.description) == date, "date round trip")
    }
    if let quarter = Quarter(parsing: text) {
      require(Quarter(parsing: quarter.description) == quarter, "quarter round trip")
    }
  }

  static func formula(_ text: String) {
    guard let formula = try? FormulaParser.parse(text) else { return }
    let figure = formula.evaluate { id in .value(Double(id.count) - 3) }
    if let value = figure.value { require(value.isFinite, "finite result") }
    let reparsed = try? FormulaParser.parse(formula.description)
    require(reparsed != nil, "a formula's own text parses again")
  }

  /// Stops the process loudly, so libFuzzer records the input as a crash.
  static func require(_ condition: Bool, _ what: StaticString) {
    if !condition { fatalError("fuzz invariant broken: \(what)") }
  }
}
