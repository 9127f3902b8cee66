import Foundation
import ProsperityIndicators
import ProsperityModel
import ProsperityStore
import ProsperitySupport

/// Input paths as the record keeps them: relative to the inputs folder, so the record still matches
/// when the inputs are named another way on the command line (`Inputs`, `./Inputs/`).
package enum InputsRelative {
  /// `path` relative to `inputs`, however the user wrote either; a path outside it is returned as
  /// it is, less a leading `./`.
  package static func path(_ path: String, inputs: String) -> String {
    var folder = inputs
    while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
    for prefix in [folder + "/", "./" + folder + "/"] where path.hasPrefix(prefix) {
      return String(path.dropFirst(prefix.count))
    }
    return path.hasPrefix("./") ? String(path.dropFirst(2)) : path
  }

  /// The path as the user names it again, under `inputs`.
  package static func full(_ relative: String, inputs: String) -> String {
    (inputs as NSString).appendingPathComponent(relative)
  }
}
