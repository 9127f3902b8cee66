import ProsperityCompare
import ProsperityInput
import ProsperityModel
import ProsperityReports
import ProsperityStore

extension CommandContext {
  /// Loads the inputs; `trustingDigests: false` reads every activity file whatever digests
  /// `Reports/.cache` holds (and records them anew).
  func load(
    including include: @escaping (Quarter) -> Bool = { _ in true },
    holdingActivities hold: @escaping (Quarter) -> Int = { _ in .max },
    trustingDigests: Bool = true
  ) -> Pipeline? {
    let cache = ActivityDigestCache(reports: options.reports)
    do {
      return try Pipeline.load(
        inputs: options.inputs, including: include, holdingActivities: hold,
        cache: trustingDigests ? cache : cache?.recordingOnly)
    } catch {
      reportInputsMissing(error)
      return nil
    }
  }

  /// Loads what one quarter's report needs: the quarter and every earlier quarter (its year so far,
  /// the previous quarter, a year ago, and the history the workbook and the checks read).
  func quarterReport(_ quarter: Quarter) -> (QuarterReport, Pipeline)? {
    let (include, hold) = Self.reading(for: quarter)
    guard let pipeline = load(including: include, holdingActivities: hold) else {
      return nil
    }
    guard pipeline.dataset.quarters[quarter] != nil else {
      let folder = options.inputs + "/" + quarter.description
      console.err("\(folder): error: \(JobText.quarterMissing(quarter)(options.language))")
      return nil
    }
    return (pipeline.report(for: quarter), pipeline)
  }

  /// The quarters one quarter's report reads, and the activity rows it holds of each.
  static func reading(for quarter: Quarter) -> (
    include: @Sendable (Quarter) -> Bool, hold: @Sendable (Quarter) -> Int
  ) {
    let needed = Set(quarter.yearToDate + [quarter.previous, quarter.yearAgo])
    // Earlier quarters too: the trends, the history sheet, the outlier check and the completeness
    // matrix read them.
    // Only this quarter's activities are listed, and only as many as an engine sheet shows are
    // held: the activities sheet reads the rest again from the files. Other quarters count.
    let listed = WorkbookLimits.standard.activitiesPerEngineSheet
    return ({ needed.contains($0) || $0 < quarter }, { $0 == quarter ? listed : 0 })
  }
}
