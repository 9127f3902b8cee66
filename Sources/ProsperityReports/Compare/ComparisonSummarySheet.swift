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
    // Each table with its title is a block the pages keep whole, the heading with the first;
    // so is the chart. Only one table's header could repeat on the pages of a sheet.
    var blocks = [cursor.row]
    try cursor.heading(ReportText.cluster(language), lines)
    try verdicts(&cursor)
    cursor.skip()
    blocks.append(cursor.row)
    try activities(&cursor)
    cursor.skip()
    blocks.append(cursor.row)
    try movers(&cursor)
    cursor.skip()
    blocks.append(cursor.row)
    let headline = try headlines(&cursor)
    cursor.skip()
    try cursor.fitColumns(maximum: 40)
    blocks.append(cursor.row)
    try changeChart(headline, &cursor)
    // The chart is a block like the tables, not the long table that may run on: the end of the
    // sheet closes it.
    blocks.append(cursor.row)
    cursor.keepTogether(blocksStartingAt: blocks)
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
      [
        ReportText.engine, CompareText.activityCount(earlier, CompareText.ownLine),
        CompareText.activityCount(later, CompareText.ownLine),
      ]
        + changes.map(\.label)
        + [
          CompareText.budgetSpent(earlier, CompareText.ownLine),
          CompareText.budgetSpent(later, CompareText.ownLine),
          CompareText.budgetSpentChange, CompareText.participants(earlier, CompareText.ownLine),
          CompareText.participants(later, CompareText.ownLine), CompareText.participantsChange,
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

  /// The headline indicators engine by engine, as the other tables; returns the rows written.
  /// A missing value is a blank cell, which the chart leaves out rather than drawing as 0.
  private func headlines(_ cursor: inout SheetCursor) throws -> [(IndicatorComparison, Int)] {
    let language = styles.language
    let (earlier, later) = (comparison.earlier, comparison.later)
    try cursor.title(ReportText.headline(language), format: styles.section)
    try cursor.header([
      ReportText.engine, ReportText.indicator, ReportText.unit, .verbatim(earlier.description),
      .verbatim(later.description), CompareText.relativeChange, CompareText.verdictHeading,
    ])
    var rows: [(IndicatorComparison, Int)] = []
    for indicator in comparison.indicators where indicator.isHeadline {
      let unit = indicator.definition.unit
      let engine = comparison.engines.first { $0.id == indicator.definition.engine }
      let style = styles.number(unit)
      rows.append((indicator, cursor.row))
      try cursor.write([
        .text(engine?.name(language) ?? indicator.definition.engine, styles.text),
        .text(indicator.definition.name(language), styles.text),
        .text(unit.label(language), styles.text),
        indicator.earlier.value.value.map { .number($0, style) } ?? .empty(style),
        indicator.later.value.value.map { .number($0, style) } ?? .empty(style),
        Self.charted(indicator).map { .number($0, styles.change) } ?? .empty(styles.change),
        .text(indicator.verdict.label(language), styles.verdict(indicator.verdict)),
      ])
    }
    return rows
  }

  /// The relative change the chart draws: for an indicator judged improved, worsened or
  /// unchanged; none for a catalog change or a missing value.
  static func charted(_ indicator: IndicatorComparison) -> Double? {
    indicator.moved || indicator.verdict == .unchanged ? indicator.change?.relative : nil
  }

  /// The headline indicators' relative changes on one scale, whatever their units: a bar per
  /// indicator in the table's order, green where it improved, red where it worsened, grey where
  /// unchanged, the names left of the chart and the axis from zero. None for fewer than two
  /// changes.
  private func changeChart(_ rows: [(IndicatorComparison, Int)], _ cursor: inout SheetCursor)
    throws
  {
    let language = styles.language
    let values = rows.compactMap { Self.charted($0.0) }
    guard values.count >= 2, let top = rows.first?.1, let bottom = rows.last?.1 else { return }
    let sheet = cursor.sheet
    try cursor.title(CompareText.chartKey(language), format: styles.subtitle)
    let range = { (column: Int) in
      CellReference.rangeFormula(
        sheet: sheet.name, firstRow: top, firstColumn: column, lastRow: bottom, lastColumn: column)
    }
    let chart = try sheet.workbook.addChart(.bar)
    let series = try chart.addSeries(
      name: CompareText.relativeChange(language), categories: range(1), values: range(5))
    try series.setFillColor(WorkbookStyles.statusColors(.grey).strong)
    try series.setPointFills(rows.map { Self.color($0.0.verdict) })
    // A chart's title is laid out left to right: a Hebrew one is embedded right to left.
    let title = CompareText.changeChartTitle(comparison.earlier, comparison.later)(language)
    try chart.setTitle(Bidi.embedded(title, in: language))
    try chart.setTitleFont(size: 12)
    try chart.setValueAxisNumberFormat("0%")
    // Bars run from zero: an axis starting elsewhere makes a small change look large.
    try chart.setValueAxisRange(
      min: values.allSatisfy { $0 >= 0 } ? 0 : nil, max: values.allSatisfy { $0 <= 0 } ? 0 : nil)
    try chart.reverseCategoryAxis()
    try chart.placeCategoryLabelsLow()
    try chart.setLegendPosition(.none)
    // A bar of about 36 pixels each, within what a page holds below the key line, at the scale
    // the columns' width sets; most of the tables' width.
    let rowPixels = PageFlow.defaultRowHeight / 0.75
    let sheetPixels = Double(cursor.frame.widthInPixels)
    let scale = Double(TabSetup.scale(fitting: cursor.frame.widthInPixels)) / 100
    let room = PageFlow.pageHeight / scale / 0.75 - 2 * rowPixels
    let height = min(max(288, 80 + 36 * Double(rows.count)), room)
    let width = min(max(640, sheetPixels * 0.6), sheetPixels)
    try sheet.insertChart(
      row: cursor.row, column: 0, chart: chart, xScale: width / 480, yScale: height / 288)
    cursor.skip(Int((height / rowPixels).rounded(.up)) + 1)
  }

  /// A bar's colour by its verdict, the strong colours of the statuses the cells use.
  private static func color(_ verdict: Verdict) -> UInt32? {
    switch verdict {
    case .improved: WorkbookStyles.statusColors(.green).strong
    case .worsened: WorkbookStyles.statusColors(.red).strong
    case .unchanged: WorkbookStyles.statusColors(.grey).strong
    case .added, .removed, .redefined, .new, .noLongerReported, .noValue: nil
    }
  }
}
