import Foundation
import ProsperityCompare
import ProsperityModel
import ProsperityReports
import ProsperityStore
import ProsperitySupport

extension QuarterPublisher {
  /// Adds to `extras` the engine committees' packs published with `report`, in catalog order:
  /// every engine's, or those whose workbook or summary the quarter's folder holds. A pack the
  /// folder's ``PackRecord`` shows made from `basis`, its files still the bytes written, is carried
  /// into `folder` as it is (unless `force`); any other is its engine's share of the report (to be
  /// written as a workbook) and its text summary. An engine the catalog no longer has gets none
  /// (its old pack is left out). Each share, its history included, is computed again from the
  /// loaded data, so the shares are computed on all cores.
  func addPacks(
    of report: QuarterReport, _ pipeline: Pipeline, basis: String?, in folder: QuarterFolder,
    to extras: inout FolderExtras
  ) throws(OutputError) {
    let quarter = report.quarter
    let wanted = wantedPacks(of: pipeline.dataset.catalog.engines, quarter, in: folder.path)
    var record = PackRecord()
    var stale: [Engine] = []
    // `--force` writes everything again, packs included.
    if let basis, !force {
      let published = PackRecord.read(folder: folder.path, quarter: quarter)
      for engine in wanted {
        let names = Self.packFiles(of: engine, quarter)
        let kept = names.allSatisfy {
          folder.carry(named: $0) && published.holds($0, madeFrom: basis, at: folder.staged($0))
        }
        if kept {
          for name in names { record.files[name] = published.files[name] }
        } else {
          names.forEach(folder.drop(named:))
          stale.append(engine)
        }
      }
    } else {
      stale = wanted
    }
    let language = context.options.language
    let written = stale.parallelMap { engine in
      let share = engineReport(engine, of: report, pipeline)
      let names = Self.packFiles(of: engine, quarter)
      return (
        (names[0], share), (names[1], Array(TextSummary.render(share, language: language).utf8))
      )
    }
    for (workbook, summary) in written {
      extras.workbooks.append(workbook)
      extras.files.append(summary)
      if let basis {
        record.files[summary.0] = .init(sha256: try PackRecord.sha256(of: summary.1), basis: basis)
      }
    }
    extras.packs = basis.map { (record, $0) }
  }

  /// A pack's two files: its workbook and its text summary.
  private static func packFiles(of engine: Engine, _ quarter: Quarter) -> [String] {
    [
      ReportPaths.engineWorkbookName(quarter, engine: engine.id),
      ReportPaths.engineSummaryName(quarter, engine: engine.id),
    ]
  }

  /// The engines, among `engines`, whose packs are published with `quarter`.
  private func wantedPacks(of engines: [Engine], _ quarter: Quarter, in folder: String) -> [Engine]
  {
    switch enginePacks {
    case .everyEngine:
      return engines
    case .thoseInTheFolder:
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      let present = Set(
        names.compactMap { ReportPaths.engine(ofPackFileNamed: $0, quarter: quarter) })
      return engines.filter { present.contains($0.id) }
    }
  }

  /// One engine's share of `report`, with that engine's restatements.
  func engineReport(_ engine: Engine, of report: QuarterReport, _ pipeline: Pipeline)
    -> QuarterReport
  {
    var restricted = pipeline.restricted(to: engine).report(for: report.quarter)
    restricted.restatements = report.restatements.filter { $0.engine == engine.id }
    return restricted
  }
}
