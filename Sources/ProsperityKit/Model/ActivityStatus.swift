import Foundation

/// Where an activity stands, as the engine's manager reports it.
public enum ActivityStatus: String, CaseIterable, Hashable, Sendable {
  case planned, active, completed, delayed, cancelled

  /// Reads the English word or its Hebrew equivalent (מתוכנן, פעיל, הושלם, מתעכב, בוטל), in any case.
  public init?(parsing text: String) {
    let key = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard let status = Self.allCases.first(where: { $0.rawValue == key || $0.label.hebrew == key })
    else { return nil }
    self = status
  }

  public var label: LocalizedText { ReportText.activityStatus(self) }
}
