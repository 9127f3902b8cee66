import CXlsxWriter

/// Line dash patterns for chart series, e.g. `.dash` for a target line.
public enum LineDash: Hashable, Sendable {
  case solid, roundDot, squareDot, dash, dashDot, longDash, longDashDot, longDashDotDot

  var code: lxw_chart_line_dash_type {
    switch self {
    case .solid: LXW_CHART_LINE_DASH_SOLID
    case .roundDot: LXW_CHART_LINE_DASH_ROUND_DOT
    case .squareDot: LXW_CHART_LINE_DASH_SQUARE_DOT
    case .dash: LXW_CHART_LINE_DASH_DASH
    case .dashDot: LXW_CHART_LINE_DASH_DASH_DOT
    case .longDash: LXW_CHART_LINE_DASH_LONG_DASH
    case .longDashDot: LXW_CHART_LINE_DASH_LONG_DASH_DOT
    case .longDashDotDot: LXW_CHART_LINE_DASH_LONG_DASH_DOT_DOT
    }
  }
}
