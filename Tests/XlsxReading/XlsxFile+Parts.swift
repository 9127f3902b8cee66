/// One data series of a chart: where its name, categories and values come from.
public struct ChartSeriesRanges: Equatable, Sendable {
  /// The legend text, literal or cached.
  public let name: String?
  /// The categories' range formula, e.g. `'Sheet'!$A$2:$A$9`.
  public let categories: String?
  /// The values' range formula.
  public let values: String?
}

/// A chart part read back: its kind, title and series.
public struct ChartContents: Sendable {
  /// The zip member, e.g. `xl/charts/chart1.xml`.
  public let member: String
  /// The plot element's local name, e.g. `lineChart` or `barChart`.
  public let kind: String
  /// The title's text, if it has one.
  public let title: String?
  /// The series in order.
  public let series: [ChartSeriesRanges]
}

/// An Excel table (ListObject) read back.
public struct TableContents: Equatable, Sendable {
  public let name: String
  /// The table's range, header row included, e.g. `A4:M34`.
  public let ref: String
  public let columns: [String]
}

extension XlsxFile {
  /// The charts drawn on a sheet, found through the sheet's drawing and its relationships.
  public func charts(onSheet name: String) throws -> [ChartContents] {
    let sheet = try self.sheet(named: name)
    var charts: [ChartContents] = []
    for drawing in try related(from: sheet.member, type: "/drawing") {
      for member in try related(from: drawing, type: "/chart") {
        let root = try xml(member)
        let plot = root.descendants(named: "plotArea").first
        let kind = plot?.children.first { $0.localName.hasSuffix("Chart") }?.localName ?? ""
        let title = root.child(named: "chart")?.child(named: "title").map { title in
          title.descendants(named: "t").map(\.text).joined()
        }
        let series = root.descendants(named: "ser").map { series in
          ChartSeriesRanges(
            name: series.child(named: "tx").map { tx in
              tx.descendants(named: "v").first?.text ?? tx.allText
            },
            categories: series.child(named: "cat")?.descendants(named: "f").first?.text,
            values: series.child(named: "val")?.descendants(named: "f").first?.text)
        }
        charts.append(ChartContents(member: member, kind: kind, title: title, series: series))
      }
    }
    return charts
  }

  /// The notes (comments) on a sheet, by cell reference.
  public func comments(onSheet name: String) throws -> [String: String] {
    let sheet = try self.sheet(named: name)
    var notes: [String: String] = [:]
    for member in try related(from: sheet.member, type: "/comments") {
      for comment in try xml(member).descendants(named: "comment") {
        guard let reference = comment.attributes["ref"] else { continue }
        notes[reference] = comment.descendants(named: "t").map(\.text).joined()
      }
    }
    return notes
  }

  /// The Excel tables on a sheet.
  public func tables(onSheet name: String) throws -> [TableContents] {
    let sheet = try self.sheet(named: name)
    return try related(from: sheet.member, type: "/table").map { member in
      let table = try xml(member)
      return TableContents(
        name: table.attributes["name"] ?? "", ref: table.attributes["ref"] ?? "",
        columns: table.descendants(named: "tableColumn").compactMap { $0.attributes["name"] })
    }
  }

  /// The workbook's defined names (print titles and areas among them), as `(name, sheet index,
  /// formula)`.
  public var definedNames: [(name: String, sheet: Int?, formula: String)] {
    get throws {
      try xml("xl/workbook.xml").descendants(named: "definedName").map { name in
        (
          name.attributes["name"] ?? "", name.attributes["localSheetId"].flatMap { Int($0) },
          name.text
        )
      }
    }
  }

  /// The members `member` points at through its relationships of a type ending in `type`,
  /// resolved to zip paths.
  func related(from member: String, type: String) throws -> [String] {
    let parts = member.split(separator: "/").map(String.init)
    let folder = parts.dropLast().joined(separator: "/")
    let rels = folder + "/_rels/" + (parts.last ?? "") + ".rels"
    guard try memberNames.contains(rels) else { return [] }
    return try xml(rels).children(named: "Relationship").compactMap { relation in
      guard let kind = relation.attributes["Type"], kind.hasSuffix(type),
        let target = relation.attributes["Target"]
      else { return nil }
      return Self.resolve(target, from: folder)
    }
  }

  /// `../charts/chart1.xml` seen from `xl/drawings` is `xl/charts/chart1.xml`.
  static func resolve(_ target: String, from folder: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    var path = folder.split(separator: "/").map(String.init)
    for part in target.split(separator: "/") {
      if part == ".." { path.removeLast() } else if part != "." { path.append(String(part)) }
    }
    return path.joined(separator: "/")
  }
}
