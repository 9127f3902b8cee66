import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import ProsperityStore

/// Renders the two files that, with the indicators CSV, record what a quarter's reports were made
/// from: `catalog-QUARTER.csv` and `sources-QUARTER.csv`. They are published in the same folder
/// exchange as the reports, so a record always describes the reports beside it.
package enum RecordWriter {
  /// The record of `report`: each file's path and bytes.
  package static func files(
    _ report: QuarterReport, dataset: Dataset, inputs: String, to paths: RecordPaths
  ) -> [(path: String, bytes: [UInt8])] {
    let sources = dataset.sourceFiles(of: report.quarter)
    return [
      (paths.catalog, Array(catalog(report.catalog).utf8)),
      (paths.sources, Array(self.sources(sources, inputs: inputs).utf8)),
    ]
  }

  /// `indicator,engine,unit,direction,formula,name_he,name_en`, the formula in normal form.
  static func catalog(_ catalog: Catalog) -> String {
    var lines = [
      (RecordReader.catalogColumns + RecordReader.catalogOptionalColumns).joined(separator: ",")
    ]
    for indicator in catalog.indicators {
      let definition = IndicatorDefinition(indicator)
      let words = [definition.id, definition.engine].map(CSVField.escape)
      let texts = [
        definition.unit.rawValue, definition.direction.rawValue, definition.formula,
        definition.name.hebrew, definition.name.english,
      ].map(CSVField.text)
      lines.append((words + texts).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `file,sha256`, paths relative to the inputs folder, sorted so reruns write the same bytes.
  static func sources(_ files: [InputFile], inputs: String) -> String {
    let rows = files.map { file in
      (InputsRelative.path(file.path, inputs: inputs), file.sha256)
    }.sorted { $0.0 < $1.0 }
    let lines =
      [RecordReader.sourceColumns.joined(separator: ",")]
      + rows.map { CSVField.text($0.0) + "," + $0.1 }
    return lines.joined(separator: "\n") + "\n"
  }
}
