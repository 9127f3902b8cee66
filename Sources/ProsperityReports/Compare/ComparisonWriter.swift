import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import ProsperityStore

/// Where a comparison's two files go: `Reports/compare/2026-Q1_vs_2026-Q2.xlsx` and `.txt`.
package struct ComparisonPaths: Sendable {
  /// The workbook's path.
  package let workbook: String
  /// The text file's path.
  package let text: String

  /// `output` names both files, with or without the `.xlsx` or `.txt` extension; by default they
  /// are named after the two quarters in the order given.
  package init(reports: String, first: Quarter, second: Quarter, output: String?) {
    var base =
      output
      ?? "\(reports)/\(ReportPaths.comparisonsFolder)/\(QuarterComparison.baseName(first, second))"
    for ext in [".xlsx", ".txt"] where base.lowercased().hasSuffix(ext) && base.count > ext.count {
      base.removeLast(ext.count)
    }
    workbook = base + ".xlsx"
    text = base + ".txt"
  }
}

/// Renders a comparison into its workbook and its text, each written atomically.
package enum ComparisonWriter {
  /// Writes the workbook and the text; returns the paths written.
  package static func write(
    _ comparison: QuarterComparison, language: Language, to paths: ComparisonPaths
  ) throws(OutputError) -> [String] {
    try ComparisonWorkbook.write(comparison, language: language, to: paths.workbook)
    try AtomicFile.write(
      Array(ComparisonText.render(comparison, language: language).utf8), to: paths.text)
    return [paths.workbook, paths.text]
  }
}

/// Changes as people read them: absolute in the indicator's unit (percentage points for a
/// percentage), relative as a signed percentage.
package enum ChangeText {
  static func absolute(_ value: Double, unit: MeasureUnit, _ language: Language) -> String {
    let text = signed(value, unit: unit)
    guard unit == .percent, text.hasSuffix("%") else { return text }
    return String(text.dropLast()) + " " + ReportText.percentagePoints(language)
  }

  /// A change with its sign always shown, ± for none.
  static func signed(_ value: Double, unit: MeasureUnit) -> String {
    value == 0 ? "±" + DisplayNumber.format(0, unit: unit) : DisplayNumber.change(value, unit: unit)
  }

  /// A whole percentage, or one decimal below 10% so that a small move does not read as +0%.
  static func relative(_ value: Double) -> String { ChangeDisplay.relative(value) }

  static func figure(_ observation: Observation, unit: MeasureUnit) -> String {
    observation.value.map { DisplayNumber.format($0, unit: unit) } ?? "—"
  }

  static func status(_ status: Status?, _ language: Language) -> String {
    guard let status else { return "—" }
    return ReportText.statusSymbol(status) + " " + status.label(language)
  }

  static func amount(_ value: Double?, unit: MeasureUnit) -> String {
    value.map { DisplayNumber.format($0, unit: unit) } ?? "—"
  }
}
