import ProsperityCompare
import ProsperityModel
import XlsxWriter

/// The comparison's first sheet: verdicts and activity changes per engine, the biggest movers,
/// and the headline indicators of both quarters with a chart per unit.
package struct ComparisonSummarySheet: ComparisonSheet {
  static let title = ReportText.summarySheet
  let comparison: QuarterComparison
  let styles: WorkbookFormats

  func write(into sheet: Worksheet) throws -> SheetPrinting {
    let language = styles.language
    let (earlier, later) = (comparison.earlier, comparison.later)
    var cursor = SheetCursor(sheet, styles: styles)
    var lines = [CompareText.comparison(earlier, later)(language)]
    if comparison.engines.count == 1, let engine = comparison.engines.first {
      lines.append(CompareText.engineFilter(engine.name)(language))
    }
    lines.append(CompareText.direction(earlier, later)(language))
    try cursor.heading(ReportText.cluster(language), lines)
    try verdicts(&cursor)
    cursor.skip()
    try activities(&cursor)
    cursor.skip()
    try movers(&cursor)
    cursor.skip()
    try headlines(&cursor, sheet)
    try cursor.setColumns([(0...0, 30), (1...1, 34), (2...15, 12)])
    return cursor.printing()
  }

  private func verdicts(_ cursor: inout SheetCursor) throws {
    try cursor.title(CompareText.indicatorsByVerdict(styles.language), format: styles.section)
    try cursor.header(
      [ReportText.engine] + ComparisonText.countedVerdicts.map(\.label)
        + [CompareText.catalogChangeCount])
    for engine in comparison.engines {
      let counts = comparison.verdictCounts(of: engine.id)
      let catalog = Verdict.allCases.filter(\.isCatalogChange).reduce(0) { $0 + (counts[$1] ?? 0) }
      try cursor.write(
        [.text(engine.name(styles.language), styles.text)]
          + (ComparisonText.countedVerdicts.map { counts[$0] ?? 0 } + [catalog]).map {
            .number(Double($0), styles.count)
          })
    }
  }

  private func activities(_ cursor: inout SheetCursor) throws {
    let (earlier, later) = (comparison.earlier, comparison.later)
    let changes: [ActivityChange] = [.new, .completed, .newlyDelayed, .cancelled, .gone]
    try cursor.title(CompareText.activitiesByChange(styles.language), format: styles.section)
    try cursor.header(
      [ReportText.engine, CompareText.activityCount(earlier), CompareText.activityCount(later)]
        + changes.map(\.label)
        + [
          CompareText.budgetSpent(earlier), CompareText.budgetSpent(later),
          CompareText.budgetSpentChange, CompareText.participants(earlier),
          CompareText.participants(later), CompareText.participantsChange,
        ])
    for engine in comparison.engines {
      let tally = comparison.activityTally(of: engine.id)
      let (before, after) = comparison.activityTotals[engine.id] ?? ([:], [:])
      var cells: [SheetCursor.Cell] = [.text(engine.name(styles.language), styles.text)]
      cells += [tally.earlierCount, tally.laterCount].map { .number(Double($0), styles.count) }
      cells += changes.map { .number(Double(tally.count($0)), styles.count) }
      for (measure, unit) in [
        (ActivityMeasure.budgetSpent, MeasureUnit.ils), (.participants, .count),
      ] {
        let old = before[measure.id]?.value
        let new = after[measure.id]?.value
        let delta = old.flatMap { old in new.map { $0 - old } }
        cells += [old, new, delta].map { cursor.optional($0, styles.number(unit)) }
      }
      try cursor.write(cells)
    }
  }

  private func movers(_ cursor: inout SheetCursor) throws {
    let language = styles.language
    let (earlier, later) = (comparison.earlier, comparison.later)
    try cursor.title(CompareText.movers(language), format: styles.section)
    let movers = comparison.movers
    guard !movers.isEmpty else {
      try cursor.write([.text(CompareText.noMovers(language), styles.muted)])
      return
    }
    try cursor.header([
      ReportText.indicator, ReportText.engine, .verbatim(earlier.description),
      .verbatim(later.description), CompareText.change, CompareText.relativeChange,
      CompareText.verdictHeading,
    ])
    for mover in movers {
      let unit = mover.definition.unit
      let engine = comparison.engines.first { $0.id == mover.definition.engine }
      try cursor.write([
        .text(mover.definition.name(language), styles.text),
        .text(engine?.name(language) ?? mover.definition.engine, styles.text),
        cursor.observation(mover.earlier.value, unit: unit),
        cursor.observation(mover.later.value, unit: unit),
        cursor.optional(mover.change?.absolute, styles.number(unit)),
        cursor.optional(mover.change?.relative, styles.change),
        .text(mover.verdict.label(language), styles.verdict(mover.verdict)),
      ])
    }
  }

  /// The headline indicators grouped by unit, so each unit's rows are one range for its chart;
  /// a missing value is a blank cell, which a chart leaves out rather than drawing as 0.
  private func headlines(_ cursor: inout SheetCursor, _ sheet: Worksheet) throws {
    let language = styles.language
    let (earlier, later) = (comparison.earlier, comparison.later)
    try cursor.title(ReportText.headline(language), format: styles.section)
    try cursor.header([
      ReportText.engine, ReportText.indicator, ReportText.unit, .verbatim(earlier.description),
      .verbatim(later.description), CompareText.relativeChange, CompareText.verdictHeading,
    ])
    let headline = comparison.indicators.filter(\.isHeadline)
    var groups: [(MeasureUnit, Int, Int)] = []
    let top = cursor.row
    // The known units in their order, then the catalog's own in the order first met.
    var units = MeasureUnit.known
    for indicator in headline where !units.contains(indicator.definition.unit) {
      units.append(indicator.definition.unit)
    }
    for unit in units {
      let rows = headline.filter { $0.definition.unit == unit }
      guard !rows.isEmpty else { continue }
      let first = cursor.row
      for indicator in rows {
        let engine = comparison.engines.first { $0.id == indicator.definition.engine }
        let style = styles.number(unit)
        let relative =
          indicator.moved || indicator.verdict == .unchanged
          ? indicator.change?.relative : nil
        try cursor.write([
          .text(engine?.name(language) ?? indicator.definition.engine, styles.text),
          .text(indicator.definition.name(language), styles.text),
          .text(unit.label(language), styles.text),
          indicator.earlier.value.value.map { .number($0, style) } ?? .empty(style),
          indicator.later.value.value.map { .number($0, style) } ?? .empty(style),
          relative.map { .number($0, styles.change) } ?? .empty(styles.change),
          .text(indicator.verdict.label(language), styles.verdict(indicator.verdict)),
        ])
      }
      groups.append((unit, first, cursor.row - 1))
    }
    let bottom = cursor.row - 1
    guard bottom >= top else { return }
    cursor.skip()
    var row = cursor.row
    let range = { (first: Int, last: Int, column: Int) in
      CellReference.rangeFormula(
        sheet: sheet.name, firstRow: first, firstColumn: column, lastRow: last, lastColumn: column)
    }
    // Units and sizes differ too much for one chart of values; the relative change puts every
    // headline indicator on one scale (catalog changes and missing values are left out).
    let workbook = sheet.workbook
    let changes = try workbook.addChart(.bar)
    try changes.addSeries(
      name: CompareText.relativeChange(language), categories: range(top, bottom, 1),
      values: range(top, bottom, 5))
    try changes.setTitle(CompareText.changeChartTitle(earlier, later)(language))
    try changes.setValueAxisNumberFormat("0%")
    try changes.setLegendPosition(.none)
    try sheet.insertChart(row: row, column: 0, chart: changes, xScale: 1.6, yScale: 1.2)
    row += 19
    for (unit, first, last) in groups {
      let chart = try workbook.addChart(.column)
      for (quarter, column) in [(earlier, 3), (later, 4)] {
        try chart.addSeries(
          name: quarter.description, categories: range(first, last, 1),
          values: range(first, last, column))
      }
      try chart.setTitle(CompareText.chartTitle(unit)(language))
      try chart.setValueAxisNumberFormat(WorkbookStyles.axisFormat(unit))
      try chart.setLegendPosition(.bottom)
      try sheet.insertChart(row: row, column: 0, chart: chart, xScale: 1.6, yScale: 1.1)
      row += 18
    }
  }
}
