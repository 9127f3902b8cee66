import CXlsxWriter

extension ChartSeries {
  /// Fills the series' points one by one (0xRRGGBB), in the order of its values; a `nil` keeps
  /// the series' own fill for that point. Bars coloured by what each one means (better, worse)
  /// need this: otherwise a series has a single fill.
  public func setPointFills(_ colors: [UInt32?]) throws {
    let operation = "colouring \(colors.count) chart points"
    let series = try live(operation)
    guard !colors.isEmpty else { return }
    // libxlsxwriter copies every point's fill, so these live only for the call.
    let fills = UnsafeMutablePointer<lxw_chart_fill>.allocate(capacity: colors.count)
    let points = UnsafeMutablePointer<lxw_chart_point>.allocate(capacity: colors.count)
    let list = UnsafeMutablePointer<UnsafeMutablePointer<lxw_chart_point>?>.allocate(
      capacity: colors.count + 1)
    defer {
      fills.deallocate()
      points.deallocate()
      list.deallocate()
    }
    for (index, color) in colors.enumerated() {
      var fill = lxw_chart_fill()
      if let color { fill.color = lxw_color_t(color) }
      (fills + index).initialize(to: fill)
      var point = lxw_chart_point()
      if color != nil { point.fill = fills + index }
      (points + index).initialize(to: point)
      (list + index).initialize(to: points + index)
    }
    // The list ends with a null pointer, as libxlsxwriter expects.
    (list + colors.count).initialize(to: nil)
    try check(chart_series_set_points(series, list), operation)
  }
}
