import ProsperityIndicators
import ProsperityModel

extension Pipeline {
  /// The loading diagnostics followed by every quarter's rule violations and late files, for
  /// `validate` over all quarters, which computes no report.
  package func logWithQualityChecks() -> DiagnosticLog {
    var log = self.log
    for quarter in dataset.reportedQuarters {
      // Progress from baseline needs the indicators; the diagnostics do not.
      for diagnostic in QualityCheck(dataset: dataset).run(for: quarter, results: [])
        .diagnostics
      {
        log.append(diagnostic)
      }
    }
    return log
  }
}
