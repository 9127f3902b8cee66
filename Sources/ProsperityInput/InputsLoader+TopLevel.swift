import Foundation
import ProsperityModel

extension InputsLoader {
  /// Warns of what lies at the top of the inputs folder and is not read: a folder named almost
  /// like a quarter (`2026-Q04`, `2026_Q4`, `2026-Q5`, `2026-Q4.bak`), whose files would otherwise
  /// be left out without a word, and a file that is no catalog file (`Engines.csv`, a quarter's
  /// file put beside the catalog). Hidden files, Excel's `~$` lock files and the files Windows
  /// leaves in folders are nobody's mistake and are passed over.
  static func checkTopLevel(of directory: String, log: inout DiagnosticLog) {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    for name in names
    where !name.hasPrefix(".") && !name.hasPrefix("~$") && !systemFiles.contains(name.lowercased())
    {
      let path = (directory as NSString).appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        continue
      }
      if isDirectory.boolValue {
        if Quarter(parsing: name) == nil && looksLikeQuarter(name) {
          log.warning(Messages.notAQuarterFolder(path), at: SourceLocation(file: path))
        }
      } else if !CatalogFiles.all.contains(name) {
        let meant = CatalogFiles.all.first { $0 == name.lowercased() }
        log.warning(
          Messages.notACatalogFile(
            path, meant: meant,
            quarterFolder: (directory as NSString).appendingPathComponent("2026-Q3") + "/"),
          at: SourceLocation(file: path))
      }
    }
  }

  /// Whether a folder's name has a year's four digits or a `Q` and a digit in it: meant as a
  /// quarter, or a year holding quarters, rather than an archive of its own.
  static func looksLikeQuarter(_ name: String) -> Bool {
    let characters = Array(name.uppercased())
    var digits = 0
    for (index, character) in characters.enumerated() {
      digits = character.isASCII && character.isNumber ? digits + 1 : 0
      if digits == 4 { return true }
      if character == "Q", index + 1 < characters.count, characters[index + 1].isASCII,
        characters[index + 1].isNumber
      {
        return true
      }
    }
    return false
  }

  private static let systemFiles: Set<String> = ["thumbs.db", "desktop.ini"]
}
