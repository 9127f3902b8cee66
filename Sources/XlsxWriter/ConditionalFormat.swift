import CXlsxWriter

/// A rule that changes how cells look depending on their values.
public enum ConditionalFormat: Hashable, Sendable {
  /// How a cell's value is compared.
  public enum Comparison: Hashable, Sendable {
    case equal(Double)
    case notEqual(Double)
    case greaterThan(Double)
    case greaterThanOrEqual(Double)
    case lessThan(Double)
    case lessThanOrEqual(Double)
    /// Inclusive on both ends.
    case between(Double, Double)
    case notBetween(Double, Double)
  }

  /// Built-in three-icon sets (libxlsxwriter 1.1.4 also has 4- and 5-icon sets).
  public enum IconSet: Hashable, Sendable {
    case trafficLights
    case trafficLightsRimmed
    case symbolsCircled
    case symbols
    case arrows
    case flags
    case signs
  }

  /// Applies `style` when the cell's value satisfies `comparison`.
  case cellValue(Comparison, style: CellStyle)
  /// Applies `style` when the cell's text contains `text`.
  case textContains(String, style: CellStyle)
  /// Applies `style` when `formula` (relative to the range's top-left cell) is true.
  case formula(String, style: CellStyle)
  /// Shows an icon split at the 33rd/67th percentiles; `reversed` flips the order
  /// (e.g. red for high values), `iconsOnly` hides the numbers.
  case iconSet(IconSet, reversed: Bool = false, iconsOnly: Bool = false)
}

extension Worksheet {
  /// Adds a conditional format to a range.
  public func conditionalFormat(
    firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, _ rule: ConditionalFormat
  ) throws {
    let operation = "adding a conditional format on '\(name)'"
    let sheet = try live(operation)
    try CellReference.validate(
      firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn,
      operation)
    var raw = try makeConditionalFormat(rule, operation)
    try check(
      worksheet_conditional_format_range(
        sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
        lxw_col_t(lastColumn), &raw),
      operation)
  }

  private func makeConditionalFormat(_ rule: ConditionalFormat, _ operation: String) throws
    -> lxw_conditional_format
  {
    var raw = lxw_conditional_format()
    switch rule {
    case .cellValue(let comparison, let style):
      raw.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
      raw.format = try workbook.format(for: style, operation)
      let (criteria, values) = Self.criteria(for: comparison)
      for value in values { try Self.checkFinite(value, operation) }
      raw.criteria = UInt8(criteria.rawValue)
      if values.count == 2 {
        (raw.min_value, raw.max_value) = (values[0], values[1])
      } else {
        raw.value = values[0]
      }
    case .textContains(let text, let style):
      raw.type = UInt8(LXW_CONDITIONAL_TYPE_TEXT.rawValue)
      raw.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING.rawValue)
      raw.value_string = try workbook.arena.keep(text)
      raw.format = try workbook.format(for: style, operation)
    case .formula(let formula, let style):
      raw.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
      raw.value_string = try workbook.arena.keep(formula)
      raw.format = try workbook.format(for: style, operation)
    case .iconSet(let set, let reversed, let iconsOnly):
      raw.type = UInt8(LXW_CONDITIONAL_TYPE_ICON_SETS.rawValue)
      raw.icon_style = UInt8(Self.iconStyle(for: set).rawValue)
      raw.reverse_icons = reversed ? 1 : 0
      raw.icons_only = iconsOnly ? 1 : 0
    }
    return raw
  }

  private static func criteria(for comparison: ConditionalFormat.Comparison) -> (
    lxw_conditional_criteria, [Double]
  ) {
    switch comparison {
    case .equal(let value): (LXW_CONDITIONAL_CRITERIA_EQUAL_TO, [value])
    case .notEqual(let value): (LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO, [value])
    case .greaterThan(let value): (LXW_CONDITIONAL_CRITERIA_GREATER_THAN, [value])
    case .greaterThanOrEqual(let value):
      (LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO, [value])
    case .lessThan(let value): (LXW_CONDITIONAL_CRITERIA_LESS_THAN, [value])
    case .lessThanOrEqual(let value): (LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO, [value])
    case .between(let low, let high): (LXW_CONDITIONAL_CRITERIA_BETWEEN, [low, high])
    case .notBetween(let low, let high): (LXW_CONDITIONAL_CRITERIA_NOT_BETWEEN, [low, high])
    }
  }

  private static func iconStyle(for set: ConditionalFormat.IconSet) -> lxw_conditional_icon_types {
    switch set {
    case .trafficLights: LXW_CONDITIONAL_ICONS_3_TRAFFIC_LIGHTS_UNRIMMED
    case .trafficLightsRimmed: LXW_CONDITIONAL_ICONS_3_TRAFFIC_LIGHTS_RIMMED
    case .symbolsCircled: LXW_CONDITIONAL_ICONS_3_SYMBOLS_CIRCLED
    case .symbols: LXW_CONDITIONAL_ICONS_3_SYMBOLS_UNCIRCLED
    case .arrows: LXW_CONDITIONAL_ICONS_3_ARROWS_COLORED
    case .flags: LXW_CONDITIONAL_ICONS_3_FLAGS
    case .signs: LXW_CONDITIONAL_ICONS_3_SIGNS
    }
  }
}
