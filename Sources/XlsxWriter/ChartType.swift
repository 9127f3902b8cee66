import CXlsxWriter

/// The kind of chart, including stacked and 100%-stacked variants.
public enum ChartType: Hashable, Sendable {
  case column, columnStacked, columnPercentStacked
  case bar, barStacked, barPercentStacked
  case line, lineStacked, linePercentStacked
  case area, areaStacked, areaPercentStacked
  case pie, doughnut, scatter, radar

  var code: lxw_chart_type {
    switch self {
    case .column: LXW_CHART_COLUMN
    case .columnStacked: LXW_CHART_COLUMN_STACKED
    case .columnPercentStacked: LXW_CHART_COLUMN_STACKED_PERCENT
    case .bar: LXW_CHART_BAR
    case .barStacked: LXW_CHART_BAR_STACKED
    case .barPercentStacked: LXW_CHART_BAR_STACKED_PERCENT
    case .line: LXW_CHART_LINE
    case .lineStacked: LXW_CHART_LINE_STACKED
    case .linePercentStacked: LXW_CHART_LINE_STACKED_PERCENT
    case .area: LXW_CHART_AREA
    case .areaStacked: LXW_CHART_AREA_STACKED
    case .areaPercentStacked: LXW_CHART_AREA_STACKED_PERCENT
    case .pie: LXW_CHART_PIE
    case .doughnut: LXW_CHART_DOUGHNUT
    case .scatter: LXW_CHART_SCATTER
    case .radar: LXW_CHART_RADAR
    }
  }

  /// Pie and doughnut charts have no axes.
  var hasAxes: Bool { self != .pie && self != .doughnut }

  /// Bar charts are drawn sideways, so their value axis is the horizontal (X) one.
  var isHorizontal: Bool { self == .bar || self == .barStacked || self == .barPercentStacked }
}
