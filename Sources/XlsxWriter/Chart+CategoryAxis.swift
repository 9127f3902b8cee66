import CXlsxWriter

extension Chart {
  /// Lists the categories in reverse order, e.g. so a bar chart shows its first category at the
  /// top as a table does, keeping the value axis on the usual side.
  ///
  /// In libxlsxwriter a bar chart's category axis is its Y axis, as it is drawn vertically.
  public func reverseCategoryAxis() throws {
    let operation = "reversing the category axis"
    let chart = try live(operation)
    let which = type.isHorizontal ? LXW_CHART_AXIS_TYPE_Y : LXW_CHART_AXIS_TYPE_X
    guard type.hasAxes, let axis = chart_axis_get(chart, which) else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation, message: "a \(type) chart has no axes")
    }
    chart_axis_set_reverse(axis)
    // Reversed categories move the value axis to the far side unless it crosses at the maximum.
    chart_axis_set_crossing_max(axis)
  }

  /// Draws the category labels at the low end of the value axis (left of a bar chart, below a
  /// column chart) rather than beside its zero, where negative bars would run over them.
  public func placeCategoryLabelsLow() throws {
    let operation = "placing the category labels low"
    let chart = try live(operation)
    let which = type.isHorizontal ? LXW_CHART_AXIS_TYPE_Y : LXW_CHART_AXIS_TYPE_X
    guard type.hasAxes, let axis = chart_axis_get(chart, which) else {
      throw XlsxError(
        kind: .invalidArgument, operation: operation, message: "a \(type) chart has no axes")
    }
    chart_axis_set_label_position(axis, UInt8(LXW_CHART_AXIS_LABEL_POSITION_LOW.rawValue))
  }

  /// Sets the title's font size in points, bold or not (Excel's default is 14 pt bold).
  public func setTitleFont(size: Double, bold: Bool = true) throws {
    let operation = "setting the chart title font"
    let chart = try live(operation)
    try Worksheet.checkDimension(size, limit: 400, operation)
    var font = lxw_chart_font()
    font.size = size
    // 0 means "the default", which is bold for titles; not bold must be said explicitly.
    font.bold = bold ? 1 : UInt8(LXW_EXPLICIT_FALSE.rawValue)
    chart_title_set_name_font(chart, &font)
  }
}
