/// Red, amber, green, or grey where there is no target or no value.
package enum Status: String, CaseIterable, Sendable {
  case green, amber, red, grey
}

/// The limits of attainment at which an indicator turns green or amber.
package struct StatusThresholds: Hashable, Sendable {
  /// The lowest attainment that is green (`status.green_at`).
  package var green: Double = 1.0
  /// The lowest attainment that is amber (`status.amber_at`); below it, red.
  package var amber: Double = 0.9

  init(green: Double = 1.0, amber: Double = 0.9) {
    self.green = green
    self.amber = amber
  }

  /// The statuses attainment can earn, each from its lower limit, best first; below the last,
  /// red. The computed status and the workbook's live status formula both read this one list.
  package var bands: [(status: Status, from: Double)] { [(.green, green), (.amber, amber)] }

  /// The status `attainment` earns.
  package func status(forAttainment attainment: Double) -> Status {
    bands.first { attainment >= $0.from }?.status ?? .red
  }

  /// Whether amber starts at or below green and not below 0: otherwise no attainment is amber.
  package var isOrdered: Bool { amber <= green && amber >= 0 }
}
