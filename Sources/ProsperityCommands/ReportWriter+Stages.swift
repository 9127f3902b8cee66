import Foundation
import ProsperityCompare
import ProsperityIndicators
import ProsperityModel
import ProsperityReports
import ProsperityStore

extension ReportWriter {
  /// Writes a quarter's three files as ``write(_:language:to:)`` does, the workbook in its two
  /// stages: its activities sheet from `early` (the reported quarter alone), then, once `final`
  /// has given the full report, the CSV, the summary and the workbook's other sheets. Returns
  /// the paths written and the report they were written from.
  static func write(
    early: QuarterReport, language: Language, to paths: ReportPaths,
    final: () throws(OutputError) -> QuarterReport
  ) throws(OutputError) -> (written: [String], report: QuarterReport) {
    let folder = QuarterFolder(paths.folder)
    let workbookInFolder = (paths.workbook as NSString).deletingLastPathComponent == paths.folder
    var names = [paths.indicators, paths.summary].map { ($0 as NSString).lastPathComponent }
    if workbookInFolder { names.append((paths.workbook as NSString).lastPathComponent) }
    try folder.prepare(keepingExcept: Set(names))
    var report = early
    let finish = { () throws(OutputError) -> QuarterReport in
      report = try final()
      let written = report
      folder.write(named: names[0]) { Array(IndicatorsCSV.render(written).utf8) }
      folder.write(named: names[1]) {
        Array(TextSummary.render(written, language: language).utf8)
      }
      return written
    }
    do throws(OutputError) {
      let path = workbookInFolder ? folder.staged(names[2]) : paths.workbook
      try CommitteeWorkbook.write(early: early, language: language, to: path, final: finish)
      try folder.publish()
    } catch {
      folder.discard()
      throw error
    }
    return ([paths.workbook, paths.summary, paths.indicators], report)
  }
}
