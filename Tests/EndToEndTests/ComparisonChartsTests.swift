import Foundation
import Testing
import XlsxReading

/// The comparison workbook of the shipped data (2026-Q2 and 2026-Q3) read back as a committee
/// member reads it (issue #14 items 12 and 13): the headline table engine by engine, a chart of
/// relative change coloured by verdict whose axis starts at zero and that mixes no units, charts
/// kept off page breaks, and quarter codes inside Hebrew text marked left to right.
@Suite("Comparison workbook: charts, order, pages and direction")
struct ComparisonChartsTests {
  /// The shipped comparison in `language`, written by the binary.
  private static func shipped(_ language: String) throws -> (Workspace, XlsxFile) {
    let workspace = try Workspace(copying: Paths.shippedInputs)
    let result = try workspace.run(["compare", "2026-Q2", "2026-Q3", "--lang", language])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let file = XlsxFile(path: workspace.comparison("2026-Q2_vs_2026-Q3", "xlsx").path)
    return (workspace, file)
  }

  @Test("the headline table runs engine by engine, in the verdict table's order")
  func headlineTableByEngine() throws {
    let (workspace, file) = try Self.shipped("en")
    defer { workspace.remove() }
    let summary = try file.sheet(named: "Summary")
    let verdictHeader = try #require(summary.row(where: "A", is: "Engine"))
    let engines = Self.column("A", from: verdictHeader + 1, of: summary)
    #expect(engines.count == 5)
    let headlineHeader = try #require(summary.row(where: "C", is: "Unit"))
    let rows = Self.column("A", from: headlineHeader + 1, of: summary)
    #expect(rows.count >= 10)
    // Each engine's rows together, the engines in the order of the table above.
    var order: [String] = []
    for engine in rows where order.last != engine { order.append(engine) }
    #expect(order.count == Set(order).count, "\(rows)")
    #expect(order == engines.filter(order.contains), "\(order) vs \(engines)")
  }

  @Test("the chart's bars are coloured by verdict: green improved, red worsened, grey unchanged")
  func verdictColours() throws {
    let (workspace, file) = try Self.shipped("en")
    defer { workspace.remove() }
    let summary = try file.sheet(named: "Summary")
    let chart = try #require(try file.charts(onSheet: "Summary").first)
    let values = try #require(chart.series.first?.values)
    let (column, rows) = try #require(Self.parse(values))
    #expect(column == "F")
    let colours = try Self.pointColours(file.xml(chart.member))
    var seen: Set<String> = []
    for (index, row) in rows.enumerated() where summary.number(at: "F\(row)") != nil {
      let verdict = try #require(summary.string(at: "G\(row)"))
      let expected: String? =
        switch verdict.first {
        case "▲": "2E8B57"
        case "▼": "C0392B"
        case "=": "A6A6A6"
        default: nil
        }
      #expect(colours[index] == expected, "row \(row): \(verdict)")
      if let expected { seen.insert(expected) }
    }
    // The shipped quarters have both improvements and declines.
    #expect(seen.isSuperset(of: ["2E8B57", "C0392B"]))
    let xml = try file.xml(chart.member)
    // Names beside the axis, not on top of the bars that run left of zero.
    let categoryAxis = try #require(xml.descendants(named: "catAx").first)
    #expect(categoryAxis.child(named: "tickLblPos")?.attributes["val"] == "low")
  }

  @Test("value axes start at zero", arguments: ["shipped", "fixture"])
  func zeroBasedAxes(source: String) throws {
    let workspace: Workspace
    let file: XlsxFile
    if source == "shipped" {
      (workspace, file) = try Self.shipped("en")
    } else {
      // Every headline change of the fixture is zero or up: the axis must be pinned at 0.
      workspace = try Workspace(fixture: "compare")
      #expect(try workspace.run(["compare", "2026-Q1", "2026-Q2", "--lang", "en"]).status == 0)
      file = XlsxFile(path: workspace.comparison("2026-Q1_vs_2026-Q2", "xlsx").path)
    }
    defer { workspace.remove() }
    let charts = try file.charts(onSheet: "Summary")
    #expect(!charts.isEmpty)
    for chart in charts {
      let xml = try file.xml(chart.member)
      let cached = xml.descendants(named: "numCache").flatMap { $0.descendants(named: "v") }
        .compactMap { Double($0.text) }
      #expect(cached.count >= 2)
      let scaling = xml.descendants(named: "valAx").first?.child(named: "scaling")
      let minimum = scaling?.child(named: "min").flatMap { Double($0.attributes["val"] ?? "") }
      let maximum = scaling?.child(named: "max").flatMap { Double($0.attributes["val"] ?? "") }
      // An axis that starts past zero exaggerates: never a minimum above 0 or a maximum below.
      #expect((minimum ?? 0) <= 0 && (maximum ?? 0) >= 0, "\(chart.member)")
      if cached.allSatisfy({ $0 >= 0 }) { #expect(minimum == 0, "\(chart.member)") }
      if cached.allSatisfy({ $0 <= 0 }) { #expect(maximum == 0, "\(chart.member)") }
    }
  }

  @Test("no chart puts values of different units or single categories side by side")
  func noChartMixesUnits() throws {
    let (workspace, file) = try Self.shipped("en")
    defer { workspace.remove() }
    let summary = try file.sheet(named: "Summary")
    let charts = try file.charts(onSheet: "Summary")
    #expect(!charts.isEmpty)
    for chart in charts {
      for series in chart.series {
        let (column, rows) = try #require(Self.parse(series.values ?? ""))
        let charted = rows.filter { summary.number(at: "\(column)\($0)") != nil }
        #expect(charted.count >= 2, "\(chart.member): a chart of one category")
        // Relative changes share one scale; values must share a unit.
        let header = summary.string(at: "\(column)\((rows.first ?? 1) - 1)")
        guard header != "Relative change" else { continue }
        let units = Set(charted.compactMap { summary.string(at: "C\($0)") })
        #expect(units.count == 1, "\(chart.member) mixes \(units.sorted())")
      }
    }
  }

  @Test("the summary prints at a fixed scale, and no chart straddles one of its page breaks")
  func chartsOffPageBreaks() throws {
    let (workspace, file) = try Self.shipped("he")
    defer { workspace.remove() }
    let summary = try file.sheet(named: "סיכום")
    // Excel ignores manual breaks on a sheet fitted to pages.
    #expect(!summary.fitsToPage)
    let scale = try #require(Int(summary.pageSetup["scale"] ?? ""))
    #expect((10...100).contains(scale))
    let breaks = summary.root.descendants(named: "brk").compactMap {
      Int($0.attributes["id"] ?? "")
    }
    #expect(!breaks.isEmpty, "the shipped summary takes two pages")
    let drawing = try file.xml("xl/drawings/drawing1.xml")
    let anchors = drawing.descendants(named: "twoCellAnchor")
    #expect(!anchors.isEmpty)
    for anchor in anchors {
      let from = try #require(anchor.child(named: "from")?.child(named: "row").map(\.text))
      let to = try #require(anchor.child(named: "to")?.child(named: "row").map(\.text))
      let (top, bottom) = (try #require(Int(from)), try #require(Int(to)))
      #expect(!breaks.contains { $0 > top && $0 <= bottom }, "chart rows \(top)…\(bottom)")
    }
    // The indicators and the activities are one table each: its header printed on every page.
    let titles = try file.definedNames.filter { $0.name == "_xlnm.Print_Titles" }
    #expect(Set(titles.compactMap(\.sheet)).isSuperset(of: [1, 2]), "\(titles)")
  }

  @Test("quarter codes inside Hebrew cells and the chart title are marked left to right")
  func directionMarks() throws {
    let (workspace, file) = try Self.shipped("he")
    defer { workspace.remove() }
    let quarter = try Regex(#"\d{4}-Q[1-4]"#)
    var marked = 0
    for name in try file.sheetNames {
      let sheet = try file.sheet(named: name)
      for (reference, cell) in sheet.cells {
        guard case .text(let text) = cell.value, Self.isHebrew(text) else { continue }
        for match in text.matches(of: quarter) {
          #expect(
            text[..<match.range.lowerBound].hasSuffix("\u{200E}")
              && text[match.range.upperBound...].hasPrefix("\u{200E}"),
            "\(name)!\(reference): \(text.debugDescription)")
          marked += 1
        }
      }
    }
    // Headers, subtitles and the chart key of every sheet: more than twenty codes.
    #expect(marked > 20, "\(marked)")
    let title = try #require(try file.charts(onSheet: "סיכום").first?.title)
    // The title is laid out left to right by the chart: embedded right to left, codes marked.
    #expect(title.hasPrefix("\u{202B}"), "\(title.debugDescription)")
    #expect(title.contains("\u{200E}2026-Q2\u{200E}") && title.contains("\u{200E}2026-Q3\u{200E}"))
  }

  @Test("English text carries no direction marks")
  func englishUnmarked() throws {
    let (workspace, file) = try Self.shipped("en")
    defer { workspace.remove() }
    for name in try file.sheetNames {
      for (reference, cell) in try file.sheet(named: name).cells {
        guard case .text(let text) = cell.value else { continue }
        #expect(!text.contains("\u{200E}"), "\(name)!\(reference)")
      }
    }
    let title = try #require(try file.charts(onSheet: "Summary").first?.title)
    #expect(title == "Headline indicators: relative change from 2026-Q2 to 2026-Q3")
  }

  @Test("engine names are not clipped: the engine column is as wide as its longest name")
  func engineColumnsFitTheirNames() throws {
    let (workspace, file) = try Self.shipped("en")
    defer { workspace.remove() }
    for name in ["Summary", "Indicators", "Activities"] {
      let sheet = try file.sheet(named: name)
      let longest = sheet.cells.filter {
        $0.key.hasPrefix("A") && $0.key.dropFirst().allSatisfy(\.isNumber)
      }
      .compactMap { sheet.string(at: $0.key) }
      .filter { $0.hasPrefix("Advanced Agriculture") }.map(\.count).max()
      // "Advanced Agriculture in Desert-Edge Conditions", 46 characters, was cut at 22.
      #expect(longest == 46, "\(name)")
      let column = sheet.root.descendants(named: "col").first { $0.attributes["min"] == "1" }
      let width = try #require(column?.attributes["width"].flatMap(Double.init), "\(name)")
      #expect(width >= 40, "\(name): column A is \(width) characters wide")
    }
  }

  private static func isHebrew(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x05D0...0x05EA).contains($0.value) }
  }

  /// The texts of `column` from `row` down to the first empty cell.
  private static func column(_ column: String, from row: Int, of sheet: SheetContents)
    -> [String]
  {
    var texts: [String] = []
    var row = row
    while let text = sheet.string(at: "\(column)\(row)") {
      texts.append(text)
      row += 1
    }
    return texts
  }

  /// The column and rows of a one-column range formula such as `'Summary'!$F$25:$F$30`.
  private static func parse(_ range: String) -> (String, [Int])? {
    guard let match = range.wholeMatch(of: #/.*!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)/#),
      match.1 == match.3, let first = Int(match.2), let last = Int(match.4), first <= last
    else { return nil }
    return (String(match.1), Array(first...last))
  }

  /// Each point's own fill (RRGGBB) by its index in the series.
  private static func pointColours(_ chart: XMLNode) -> [Int: String] {
    var colours: [Int: String] = [:]
    for point in chart.descendants(named: "dPt") {
      guard let index = point.child(named: "idx")?.attributes["val"].flatMap({ Int($0) }),
        let colour = point.descendants(named: "srgbClr").first?.attributes["val"]
      else { continue }
      colours[index] = colour
    }
    return colours
  }
}
