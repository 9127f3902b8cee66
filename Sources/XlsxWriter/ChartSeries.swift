import CXlsxWriter

/// One data series of a ``Chart``.
public final class ChartSeries {
  /// The chart the series belongs to.
  public let chart: Chart
  let handle: UnsafeMutablePointer<lxw_chart_series>

  init(chart: Chart, handle: UnsafeMutablePointer<lxw_chart_series>) {
    self.chart = chart
    self.handle = handle
  }

  func live(_ operation: String) throws -> UnsafeMutablePointer<lxw_chart_series> {
    try chart.workbook.ensureOpen(operation)
    return handle
  }

  /// Styles the series line (or the border of bars and slices).
  ///
  /// - Parameters:
  ///   - color: 0xRRGGBB, or `nil` for the automatic colour.
  ///   - width: in points (0.25–9.75 is what Excel offers); `nil` keeps the default.
  ///   - dash: dash pattern; `nil` keeps a solid line.
  ///   - hidden: draw no line at all (e.g. markers only).
  public func setLine(
    color: UInt32? = nil, width: Double? = nil, dash: LineDash? = nil, hidden: Bool = false
  ) throws {
    let operation = "styling a series line"
    let series = try live(operation)
    var line = lxw_chart_line()
    if let color { line.color = lxw_color_t(color) }
    if let width {
      try Worksheet.checkDimension(width, limit: 1584, operation)
      line.width = Float(width)
    }
    if let dash { line.dash_type = UInt8(dash.code.rawValue) }
    line.none = hidden ? 1 : 0
    chart_series_set_line(series, &line)
  }

  /// Fills bars, areas and slices with a solid colour (0xRRGGBB).
  public func setFillColor(_ color: UInt32) throws {
    var fill = lxw_chart_fill()
    fill.color = lxw_color_t(color)
    chart_series_set_fill(try live("filling a series"), &fill)
  }

  /// Sets the point marker and optionally its size (2–72).
  public func setMarker(_ type: MarkerType, size: Int? = nil) throws {
    let operation = "setting a series marker"
    let series = try live(operation)
    chart_series_set_marker_type(series, UInt8(type.code.rawValue))
    if let size {
      guard (2...72).contains(size) else {
        throw XlsxError(
          kind: .invalidArgument, operation: operation, message: "marker size \(size) is not 2…72")
      }
      chart_series_set_marker_size(series, UInt8(size))
    }
  }

  /// Shows each point's value as a data label, optionally with a number format.
  public func showValueLabels(numberFormat: String? = nil) throws {
    let series = try live("adding data labels")
    chart_series_set_labels(series)
    if let numberFormat {
      chart_series_set_labels_num_format(series, try chart.workbook.arena.keep(numberFormat))
    }
  }
}
