/// Cell styles spelled out, so the styles of two workbooks compare although their indexes differ.
extension XlsxFile {
  /// By style index (a cell's ``Cell/styleIndex``): its number format (the format code, or
  /// `builtin N`), font, fill, border and alignment, each written out in full.
  public func cellStyleDescriptions() throws -> [String] {
    let styles = try xml("xl/styles.xml")
    var formats: [String: String] = [:]
    for format in styles.child(named: "numFmts")?.children(named: "numFmt") ?? [] {
      if let id = format.attributes["numFmtId"] {
        formats[id] = format.attributes["formatCode"]
      }
    }
    let parts = { (list: String, item: String) -> [String] in
      (styles.child(named: list)?.children(named: item) ?? []).map(Self.describe)
    }
    let fonts = parts("fonts", "font")
    let fills = parts("fills", "fill")
    let borders = parts("borders", "border")
    let pick = { (table: [String], index: String?) -> String in
      guard let index = index.flatMap({ Int($0) }), table.indices.contains(index) else {
        return "-"
      }
      return table[index]
    }
    return (styles.child(named: "cellXfs")?.children(named: "xf") ?? []).map { xf in
      let id = xf.attributes["numFmtId"] ?? "0"
      return [
        "format " + (formats[id] ?? "builtin \(id)"),
        "font " + pick(fonts, xf.attributes["fontId"]),
        "fill " + pick(fills, xf.attributes["fillId"]),
        "border " + pick(borders, xf.attributes["borderId"]),
        "alignment " + (xf.child(named: "alignment").map(Self.describe) ?? "-"),
      ].joined(separator: " | ")
    }
  }

  /// An element and everything in it, attributes sorted, in one line.
  private static func describe(_ node: XMLNode) -> String {
    let attributes = node.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    let inside = node.children.map(describe).joined()
    return "<\(([node.localName] + attributes).joined(separator: " "))>\(node.text)\(inside)"
  }
}
