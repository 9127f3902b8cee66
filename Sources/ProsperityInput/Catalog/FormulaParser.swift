import ProsperityModel

/// A formula that does not parse, with the character offset (0-based) where reading stopped.
package struct FormulaError: Error, Hashable, Sendable {
  /// What is wrong, in both languages.
  package let message: LocalizedText
  /// Where in the formula text, in characters from its start.
  package let offset: Int
}

/// Parses the indicator language by recursive descent:
/// `expression = term (("+" | "-") term)*`, `term = unary (("*" | "/") unary)*`,
/// `unary = "-" unary | primary`, `primary = number | measure-id | "(" expression ")"`.
///
/// A measure id is the longest run of `[a-z0-9_.-]` that starts with a letter, so `a-b` is one id:
/// subtraction between ids needs spaces, and the error for an unknown `a-b` says so.
package struct FormulaParser {
  private let scalars: [Unicode.Scalar]
  private var position = 0

  /// Parses an indicator formula (`a / b * 100`, measure ids, numbers, parentheses).
  package static func parse(_ text: String) throws(FormulaError) -> Formula {
    var parser = FormulaParser(scalars: Array(text.unicodeScalars))
    let formula = try parser.expression()
    parser.skipSpaces()
    if parser.position < parser.scalars.count {
      throw FormulaError(
        message: Messages.formulaUnexpected(String(parser.scalars[parser.position])),
        offset: parser.position)
    }
    return formula
  }

  private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

  private mutating func expression() throws(FormulaError) -> Formula {
    var result = try term()
    while let op = peekOperator([.add, .subtract]) {
      position += 1
      result = .binary(op, result, try term())
    }
    return result
  }

  private mutating func term() throws(FormulaError) -> Formula {
    var result = try unary()
    while let op = peekOperator([.multiply, .divide]) {
      position += 1
      result = .binary(op, result, try unary())
    }
    return result
  }

  private mutating func unary() throws(FormulaError) -> Formula {
    if peekOperator([.subtract]) != nil {
      position += 1
      return .negate(try unary())
    }
    return try primary()
  }

  private mutating func primary() throws(FormulaError) -> Formula {
    skipSpaces()
    guard position < scalars.count else {
      throw FormulaError(message: Messages.formulaEndsEarly, offset: position)
    }
    let start = position
    let scalar = scalars[position]
    if scalar == "(" {
      position += 1
      let inner = try expression()
      skipSpaces()
      guard position < scalars.count, scalars[position] == ")" else {
        throw FormulaError(message: Messages.formulaUnclosedParenthesis, offset: start)
      }
      position += 1
      return inner
    }
    if isDigit(scalar) || scalar == "." {
      while position < scalars.count, isDigit(scalars[position]) || scalars[position] == "." {
        position += 1
      }
      let text = String(String.UnicodeScalarView(scalars[start..<position]))
      guard let value = Double(text), value.isFinite else {
        throw FormulaError(message: Messages.formulaBadNumber(text), offset: start)
      }
      return .number(value)
    }
    if ("a"..."z").contains(scalar) {
      while position < scalars.count, isIdentifierPart(scalars[position]) { position += 1 }
      return .measure(String(String.UnicodeScalarView(scalars[start..<position])))
    }
    throw FormulaError(message: Messages.formulaUnexpected(String(scalar)), offset: start)
  }

  private mutating func peekOperator(_ allowed: [Formula.Operator]) -> Formula.Operator? {
    skipSpaces()
    guard position < scalars.count,
      let op = Formula.Operator(rawValue: Character(scalars[position]))
    else { return nil }
    return allowed.contains(op) ? op : nil
  }

  private mutating func skipSpaces() {
    while position < scalars.count, scalars[position].properties.isWhitespace { position += 1 }
  }

  private func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  private func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || isDigit(scalar) || "_.-".unicodeScalars.contains(scalar)
  }
}
