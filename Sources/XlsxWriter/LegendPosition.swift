import CXlsxWriter

/// Where the legend sits.
public enum LegendPosition: Hashable, Sendable {
  case none, right, left, top, bottom, topRight, overlayRight, overlayLeft

  var code: lxw_chart_legend_position {
    switch self {
    case .none: LXW_CHART_LEGEND_NONE
    case .right: LXW_CHART_LEGEND_RIGHT
    case .left: LXW_CHART_LEGEND_LEFT
    case .top: LXW_CHART_LEGEND_TOP
    case .bottom: LXW_CHART_LEGEND_BOTTOM
    case .topRight: LXW_CHART_LEGEND_TOP_RIGHT
    case .overlayRight: LXW_CHART_LEGEND_OVERLAY_RIGHT
    case .overlayLeft: LXW_CHART_LEGEND_OVERLAY_LEFT
    }
  }
}
