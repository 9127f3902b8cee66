import ProsperityCompare
import ProsperityModel
import ProsperityReports
import ProsperitySupport

/// What an engine committee's pack is made from, as one digest: the quarter's publication record
/// as it is now written (figures, catalog and sources, with the files of the publication it
/// restates), the hash of every input file up to the quarter (its history sheet reaches further
/// back than the record's sources), the language, the build of the tool and the libxlsxwriter it
/// writes with. A pack reads nothing else (no clock, no other file), so one made from the same
/// basis would say the same again.
enum PackBasis {
  /// The basis of packs published with the record files `files` and the indicators CSV
  /// `indicators`, from `dataset` read from `inputs`, through `quarter`, in `language`; `nil`
  /// where the build of the tool cannot be told (then no pack is carried over) or libcrypto fails.
  static func of(
    _ files: [(name: String, bytes: [UInt8])], indicators: String, dataset: Dataset,
    through quarter: Quarter, inputs: String, language: Language
  ) -> String? {
    guard ToolVersion.build != "unknown" else { return nil }
    let header = [
      "packs", ToolVersion.current, ToolVersion.build, CommitteeWorkbook.library, language.rawValue,
    ]
    let read = dataset.files.filter { $0.quarter.map { $0 <= quarter } ?? true }.map {
      InputsRelative.path($0.path, inputs: inputs) + "," + $0.sha256
    }.sorted()
    var parts = files
    parts.append(("indicators", Array(indicators.utf8)))
    parts.append(("inputs", Array(read.joined(separator: "\n").utf8)))
    var bytes = Array((header.joined(separator: "\n") + "\n").utf8)
    for part in parts.sorted(by: { $0.name < $1.name }) {
      bytes += Array("\(part.name)\n\(part.bytes.count)\n".utf8)
      bytes += part.bytes
    }
    return try? SHA256.hex(of: bytes)
  }
}
