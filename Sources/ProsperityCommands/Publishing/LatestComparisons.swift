import ProsperityCompare
import ProsperityModel
import ProsperityReports
import ProsperityStore

/// What `run` compares after publishing: the latest quarter with the previous quarter and with
/// the same quarter a year earlier, each where that quarter has a folder. Every quarter was just
/// published again with today's catalog, so both sides are read with it.
struct LatestComparisons {
  let context: CommandContext

  init(_ context: CommandContext) { self.context = context }

  /// Writes them from `pipeline`; `false` (reported) when one could not be written.
  func write(_ pipeline: Pipeline) -> Bool {
    let publisher = ComparisonPublisher(context)
    guard let latest = pipeline.dataset.reportedQuarters.last else { return true }
    let builder = ComparisonBuilder(dataset: pipeline.dataset)
    for earlier in [latest.previous, latest.yearAgo] {
      guard pipeline.dataset.quarters[earlier] != nil else {
        context.console.out(JobText.noComparison(earlier, latest)(context.options.language))
        continue
      }
      guard
        let comparison = publisher.compared(
          builder, pipeline.report(for: earlier), pipeline.report(for: latest))
      else { return false }
      let paths = ComparisonPaths(
        reports: context.options.reports, first: earlier, second: latest, output: nil)
      guard publisher.write(comparison, to: paths) else { return false }
    }
    return true
  }
}
