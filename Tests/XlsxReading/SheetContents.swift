/// One cell as stored in a worksheet part.
public struct Cell: Equatable, Sendable {
  /// The stored value.
  public enum Value: Equatable, Sendable {
    /// A shared or inline string, already resolved.
    case text(String)
    case number(Double)
    /// A formula (without the leading `=`) and its cached result, if any.
    case formula(String, cached: String?)
    case bool(Bool)
    /// An error value such as `#DIV/0!`.
    case error(String)
    /// A cell present only to carry a style.
    case blank
  }

  /// The value.
  public let value: Value
  /// Index into the cellXfs table of xl/styles.xml (0 when the cell has no `s`).
  public let styleIndex: Int
}

/// A frozen pane split.
public struct FrozenPane: Equatable, Sendable {
  /// Number of frozen rows at the top.
  public let rows: Int
  /// Number of frozen columns on the leading edge.
  public let columns: Int
  /// The first scrollable cell, e.g. "A2".
  public let topLeftCell: String?

  /// Creates a pane description, mainly for comparisons in tests.
  public init(rows: Int, columns: Int, topLeftCell: String?) {
    self.rows = rows
    self.columns = columns
    self.topLeftCell = topLeftCell
  }
}

/// The parsed contents of a worksheet part.
public struct SheetContents {
  /// The zip member the sheet was read from.
  public let member: String
  /// The raw XML, for assertions on parts not modelled here.
  public let xml: String
  /// The parsed XML.
  public let root: XMLNode
  /// Cells keyed by their A1 reference.
  public let cells: [String: Cell]

  init(member: String, xml: String, sharedStrings: [String]) throws {
    self.member = member
    self.xml = xml
    root = try XMLNode.parse(xml, source: member)
    var cells: [String: Cell] = [:]
    for cell in root.descendants(named: "c") {
      guard let reference = cell.attributes["r"] else { continue }
      let style = cell.attributes["s"].flatMap { Int($0) } ?? 0
      cells[reference] = Cell(
        value: try Self.value(of: cell, sharedStrings: sharedStrings, member: member),
        styleIndex: style)
    }
    self.cells = cells
  }

  private static func value(of cell: XMLNode, sharedStrings: [String], member: String) throws
    -> Cell.Value
  {
    let raw = cell.child(named: "v")?.text
    if let formula = cell.child(named: "f") {
      return .formula(formula.text, cached: raw)
    }
    switch cell.attributes["t"] {
    case "s":
      guard let index = raw.flatMap({ Int($0) }), sharedStrings.indices.contains(index) else {
        throw XlsxReadError.malformedXML(
          member: member, reason: "shared string index \(raw ?? "nil") out of range")
      }
      return .text(sharedStrings[index])
    case "inlineStr":
      return .text(cell.child(named: "is")?.allText ?? "")
    case "str":
      return .text(raw ?? "")
    case "b":
      return .bool(raw == "1")
    case "e":
      return .error(raw ?? "")
    default:
      guard let raw else { return .blank }
      guard let number = Double(raw) else {
        throw XlsxReadError.malformedXML(member: member, reason: "'\(raw)' is not a number")
      }
      return .number(number)
    }
  }

  /// The text at `reference`, or `nil` if the cell is missing or not text.
  public func string(at reference: String) -> String? {
    if case .text(let text) = cells[reference]?.value { return text }
    return nil
  }

  /// The number at `reference`, or `nil` if the cell is missing or not a number.
  public func number(at reference: String) -> Double? {
    if case .number(let number) = cells[reference]?.value { return number }
    return nil
  }

  /// Whether the sheet view is right-to-left.
  public var isRightToLeft: Bool {
    root.descendants(named: "sheetView").contains { $0.attributes["rightToLeft"] == "1" }
  }

  /// The frozen pane, if the sheet has one.
  public var frozenPane: FrozenPane? {
    guard let pane = root.descendants(named: "pane").first,
      pane.attributes["state"] == "frozen"
    else { return nil }
    return FrozenPane(
      rows: pane.attributes["ySplit"].flatMap { Int($0) } ?? 0,
      columns: pane.attributes["xSplit"].flatMap { Int($0) } ?? 0,
      topLeftCell: pane.attributes["topLeftCell"])
  }

  /// The autofilter range, e.g. "A1:C10".
  public var autoFilterRange: String? {
    root.child(named: "autoFilter")?.attributes["ref"]
  }

  /// The merged ranges, e.g. ["A1:D1"], in document order.
  public var mergedRanges: [String] {
    root.descendants(named: "mergeCell").compactMap { $0.attributes["ref"] }
  }
}
