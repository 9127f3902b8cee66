import ProsperityCompare
import ProsperityModel
import ProsperityReports
import ProsperityStore

/// A comparison computed and published: what `compare` and `run` share.
struct ComparisonPublisher {
  let context: CommandContext

  init(_ context: CommandContext) { self.context = context }

  /// The comparison, or `nil` (reported) when an activity file changed while it was being read.
  func compared(
    _ builder: ComparisonBuilder, _ first: QuarterReport, _ second: QuarterReport
  )
    -> QuarterComparison?
  {
    do {
      return try builder.compare(first, second)
    } catch let error as ActivitySourceChanged {
      context.reportWriteFailure(
        OutputError(path: error.path, reason: JobText.inputChanged(context.options.language)))
    } catch let error as SpoolFailed {
      context.reportWriteFailure(OutputError(path: error.path, reason: error.reason))
    } catch {
      context.reportWriteFailure(OutputError(path: context.options.reports, reason: "\(error)"))
    }
    return nil
  }

  func write(_ comparison: QuarterComparison, to paths: ComparisonPaths) -> Bool {
    do {
      let written = try ComparisonWriter.write(
        comparison, language: context.options.language, to: paths)
      context.logWritten(written)
      return true
    } catch {
      context.reportWriteFailure(error)
      return false
    }
  }
}
