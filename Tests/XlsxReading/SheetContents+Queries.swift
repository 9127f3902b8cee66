/// Questions tests ask of a sheet beyond single typed cells.
extension SheetContents {
  /// The formula at `reference`, without its leading `=`.
  public func formula(at reference: String) -> String? {
    if case .formula(let formula, _) = cells[reference]?.value { return formula }
    return nil
  }

  /// The number a formula cell carries for viewers that do not recalculate.
  public func cachedNumber(at reference: String) -> Double? {
    if case .formula(_, let cached?) = cells[reference]?.value { return Double(cached) }
    return nil
  }

  /// The text shown at `reference`: a string, or the cached text of a formula.
  public func text(at reference: String) -> String? {
    switch cells[reference]?.value {
    case .text(let text): return text
    case .formula(_, let cached): return cached
    default: return nil
    }
  }

  /// The first row (1-based) whose cell in `column` (e.g. "B") shows `text`.
  public func row(where column: String, is text: String) -> Int? {
    cells.compactMap { reference, _ -> Int? in
      guard let row = Self.row(of: reference, in: column), self.text(at: reference) == text
      else { return nil }
      return row
    }.min()
  }

  /// The highest row (1-based) holding a cell.
  public var lastRow: Int {
    cells.keys.compactMap { Int($0.drop { $0.isLetter }) }.max() ?? 0
  }

  /// The attributes of the sheet's `pageSetup` element (orientation, paperSize, fitToWidth…).
  public var pageSetup: [String: String] {
    root.child(named: "pageSetup")?.attributes ?? [:]
  }

  /// Whether the sheet is set to fit its printout to pages.
  public var fitsToPage: Bool {
    root.descendants(named: "pageSetUpPr").contains { $0.attributes["fitToPage"] == "1" }
  }

  /// The printed footer and header, in Excel's codes.
  public var footer: String? { root.descendants(named: "oddFooter").first?.text }
  public var header: String? { root.descendants(named: "oddHeader").first?.text }

  /// The ranges with conditional formats, e.g. `["M5:M7"]`.
  public var conditionalFormatRanges: [String] {
    root.children(named: "conditionalFormatting").compactMap { $0.attributes["sqref"] }
  }

  private static func row(of reference: String, in column: String) -> Int? {
    let letters = reference.prefix { $0.isLetter }
    guard letters == column else { return nil }
    return Int(reference.dropFirst(letters.count))
  }
}
