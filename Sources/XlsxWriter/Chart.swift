import CXlsxWriter

/// A chart created by ``Workbook/addChart(_:)`` and placed with
/// ``Worksheet/insertChart(row:column:chart:xScale:yScale:)``. A chart that is never
/// inserted is simply left out of the file.
public final class Chart {
  /// The workbook that owns the chart.
  public let workbook: Workbook
  /// The chart's kind.
  public let type: ChartType
  let handle: UnsafeMutablePointer<lxw_chart>

  init(workbook: Workbook, type: ChartType, handle: UnsafeMutablePointer<lxw_chart>) {
    self.workbook = workbook
    self.type = type
    self.handle = handle
  }

  func live(_ operation: @autoclosure () -> String) throws -> UnsafeMutablePointer<lxw_chart> {
    try workbook.ensureOpen(operation())
    return handle
  }

  /// Adds a data series. `categories` and `values` are range formulas such as
  /// `"='Sheet 1'!$A$2:$A$9"` (see ``CellReference/rangeFormula``); `name` is the
  /// legend text.
  ///
  /// libxlsxwriter 1.1.4 copies the referenced cells into the chart as a cache for
  /// viewers that do not recalculate, but it cannot find a sheet whose name contains
  /// an apostrophe (it does not undo the doubling), so such a chart is written without
  /// a cache and a warning is printed; Excel still draws it from the formula.
  @discardableResult
  public func addSeries(name: String?, categories: String?, values: String) throws
    -> ChartSeries
  {
    let operation = "adding chart series '\(name ?? values)'"
    let chart = try live(operation)
    let arena = workbook.arena
    let cCategories = try arena.keep(optional: categories)
    guard let series = chart_add_series(chart, cCategories, try arena.keep(values)) else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation,
        message: "libxlsxwriter rejected the series ranges (see its warning on stderr)")
    }
    if let name { chart_series_set_name(series, try arena.keep(name)) }
    return ChartSeries(chart: self, handle: series)
  }

  /// Sets the chart title.
  public func setTitle(_ title: String) throws {
    chart_title_set_name(try live("setting chart title"), try workbook.arena.keep(title))
  }

  /// Titles the horizontal axis (the value axis of a bar chart).
  public func setXAxisName(_ title: String) throws {
    let xAxis = try axis(LXW_CHART_AXIS_TYPE_X, "naming X axis")
    chart_axis_set_name(xAxis, try workbook.arena.keep(title))
  }

  /// Titles the vertical axis (the category axis of a bar chart).
  public func setYAxisName(_ title: String) throws {
    let yAxis = try axis(LXW_CHART_AXIS_TYPE_Y, "naming Y axis")
    chart_axis_set_name(yAxis, try workbook.arena.keep(title))
  }

  /// Sets the number format of the value axis, e.g. `"#,##0"` or `"0%"`.
  public func setValueAxisNumberFormat(_ format: String) throws {
    let which = type.isHorizontal ? LXW_CHART_AXIS_TYPE_X : LXW_CHART_AXIS_TYPE_Y
    let valueAxis = try axis(which, "formatting value axis")
    chart_axis_set_num_format(valueAxis, try workbook.arena.keep(format))
  }

  /// Fixes the value axis range instead of letting Excel choose it.
  public func setValueAxisRange(min: Double?, max: Double?) throws {
    let which = type.isHorizontal ? LXW_CHART_AXIS_TYPE_X : LXW_CHART_AXIS_TYPE_Y
    let operation = "setting value axis range"
    let valueAxis = try axis(which, operation)
    for bound in [min, max].compactMap({ $0 }) { try Worksheet.checkFinite(bound, operation) }
    if let min { chart_axis_set_min(valueAxis, min) }
    if let max { chart_axis_set_max(valueAxis, max) }
  }

  /// Places (or with `.none` hides) the legend.
  public func setLegendPosition(_ position: LegendPosition) throws {
    chart_legend_set_position(try live("positioning legend"), UInt8(position.code.rawValue))
  }

  /// Chooses one of Excel's 48 built-in chart styles (Design ▸ Chart Styles).
  public func setStyle(_ style: Int) throws {
    let operation = "setting chart style"
    let chart = try live(operation)
    guard (1...48).contains(style) else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation, message: "chart style \(style) is not 1…48")
    }
    chart_set_style(chart, UInt8(style))
  }

  private func axis(_ which: lxw_chart_axis_type, _ operation: String) throws
    -> UnsafeMutablePointer<lxw_chart_axis>
  {
    let chart = try live(operation)
    guard type.hasAxes, let axis = chart_axis_get(chart, which) else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation, message: "a \(type) chart has no axes")
    }
    return axis
  }
}

extension Workbook {
  /// Creates a chart; insert it into a sheet to make it appear.
  public func addChart(_ type: ChartType) throws -> Chart {
    let operation = "adding a \(type) chart"
    guard let chart = workbook_add_chart(try live(operation), UInt8(type.code.rawValue)) else {
      throw XlsxError(libraryCode: LXW_ERROR_MEMORY_MALLOC_FAILED, operation: operation)
    }
    return Chart(workbook: self, type: type, handle: chart)
  }
}

extension Worksheet {
  /// Places `chart` with its top-left corner on a cell, scaled from the default
  /// 480 × 288 pixels. A chart can be inserted only once.
  public func insertChart(
    row: Int, column: Int, chart: Chart, xScale: Double = 1, yScale: Double = 1
  ) throws {
    let operation = describe("inserting a chart", row: row, column: column)
    let sheet = try live(operation)
    try CellReference.validate(row: row, column: column, operation)
    guard chart.workbook === workbook else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation,
        message: "the chart belongs to a different workbook")
    }
    for scale in [xScale, yScale] { try Self.checkDimension(scale, limit: 100, operation) }
    var options = lxw_chart_options()
    (options.x_scale, options.y_scale) = (xScale, yScale)
    try check(
      worksheet_insert_chart_opt(sheet, lxw_row_t(row), lxw_col_t(column), chart.handle, &options),
      operation)
  }
}
