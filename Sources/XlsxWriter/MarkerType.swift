import CXlsxWriter

/// Point markers for line, scatter and radar series.
public enum MarkerType: Hashable, Sendable {
  case automatic, none, square, diamond, triangle, x, star, shortDash, longDash, circle

  var code: lxw_chart_marker_type {
    switch self {
    case .automatic: LXW_CHART_MARKER_AUTOMATIC
    case .none: LXW_CHART_MARKER_NONE
    case .square: LXW_CHART_MARKER_SQUARE
    case .diamond: LXW_CHART_MARKER_DIAMOND
    case .triangle: LXW_CHART_MARKER_TRIANGLE
    case .x: LXW_CHART_MARKER_X
    case .star: LXW_CHART_MARKER_STAR
    case .shortDash: LXW_CHART_MARKER_SHORT_DASH
    case .longDash: LXW_CHART_MARKER_LONG_DASH
    case .circle: LXW_CHART_MARKER_CIRCLE
    }
  }
}
