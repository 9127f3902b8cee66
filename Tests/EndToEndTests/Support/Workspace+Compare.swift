import Foundation

extension Workspace {
  /// A comparison report, e.g. `comparison("2026-Q1_vs_2026-Q2", "txt")`.
  func comparison(_ name: String, _ ext: String) -> URL {
    reports.appendingPathComponent("compare").appendingPathComponent("\(name).\(ext)")
  }
}
