import Foundation
import ProsperityModel

/// Removes what a killed run may have left in the reports folder: staging folders and temporary
/// files. Only called while holding the run lock, so nothing removed can belong to a live run.
package enum Leftovers {
  /// Removes the leftovers of killed runs from `reports`, its quarter folders, `compare` and the
  /// digest cache; whatever cannot be removed stays, for the next run to try again.
  package static func remove(in reports: String) {
    let manager = FileManager.default
    var folders = [reports]
    for name in (try? manager.contentsOfDirectory(atPath: reports)) ?? [] {
      let path = (reports as NSString).appendingPathComponent(name)
      if isLeftover(name) {
        try? manager.removeItem(atPath: path)
      } else if Quarter(parsing: name) != nil || name == ReportPaths.comparisonsFolder
        || name == ActivityDigestCache.folderName
      {
        folders.append(path)
      }
    }
    for folder in folders.dropFirst() {
      for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] where isLeftover(name) {
        try? manager.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
      }
    }
  }

  /// `.2026-Q3.staging-1234` folders and `.committee-2026-Q3.xlsx.1234.tmp` files.
  private static func isLeftover(_ name: String) -> Bool {
    name.hasPrefix(".") && (name.contains(".staging-") || name.hasSuffix(".tmp"))
  }
}
