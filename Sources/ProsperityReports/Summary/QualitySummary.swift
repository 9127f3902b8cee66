import ProsperityCompare
import ProsperityIndicators
import ProsperityInput
import ProsperityModel

/// The data-quality part of the text summary: broken rules, what is missing or late, outliers to
/// review, the engines' comments, red indicators nobody explained, and progress from baseline.
package enum QualitySummary {
  static func render(_ report: QuarterReport, language: Language) -> [String] {
    var lines = ["", "■ " + ReportText.checksHeading(language)]
    lines += rules(report.quality, language)
    lines += ["", "■ " + ReportText.completenessHeading(language)]
    lines += completeness(report, language)
    lines += ["", "■ " + ReportText.outliersHeading(language)]
    lines += outliers(report, language)
    lines += ["", "■ " + ReportText.commentaryHeading(language)]
    lines += commentary(report, language)
    return lines
  }

  private static func rules(_ quality: QualityReport, _ language: Language) -> [String] {
    guard !quality.rules.isEmpty else { return ["  " + ReportText.noRules(language)] }
    let skipped = quality.rules.filter {
      if case .skipped = $0.outcome { return true }
      return false
    }
    var lines = [
      "  "
        + ReportText.ruleCounts(
          checked: quality.rules.count - skipped.count, violated: quality.violations.count,
          skipped: skipped.count)(language)
    ]
    var table = TextTable()
    for result in quality.violations {
      guard case .violated(let left, let right) = result.outcome else { continue }
      let rule = result.rule
      table.add(
        [
          ReportText.importance(rule.importance)(language), rule.id, result.engine,
          Messages.side(rule.leftText, NumberText.plain(left)), rule.op.rawValue,
          Messages.side(rule.rightText, NumberText.plain(right)), rule.message,
        ].filter { !$0.isEmpty })
    }
    lines += table.render()
    for result in skipped {
      guard case .skipped(let reason) = result.outcome else { continue }
      lines.append("  \(result.rule.id) (\(result.engine)): \(reason(language))")
    }
    return lines
  }

  private static func completeness(_ report: QuarterReport, _ language: Language) -> [String] {
    let rows = report.quality.current
    var table = TextTable()
    var lines: [String] = []
    for row in rows {
      let name = report.catalog.engine(row.engine)?.name(language) ?? row.engine
      let rate = row.rate.map(DisplayNumber.percent) ?? "—"
      var notes: [String] = []
      let missingFiles = [
        row.kpiFile == nil ? row.engine + QuarterFiles.kpiSuffix : nil,
        row.activitiesFile == nil ? row.engine + QuarterFiles.activitiesSuffix : nil,
      ].compactMap { $0 }
      if !missingFiles.isEmpty { notes.append(ReportText.missingFiles(missingFiles)(language)) }
      if row.kpiFile != nil && !row.missing.isEmpty {
        notes.append(ReportText.missingMeasureList(row.missing)(language))
      }
      notes += row.arrivals.compactMap { arrival in
        guard let days = arrival.daysLate, days > 0 else { return nil }
        let file = arrival.path.split(separator: "/").last.map(String.init) ?? arrival.path
        return file + " (" + ReportText.late(days)(language) + ")"
      }
      table.add(
        [
          name, "\(ReportText.reportingRate(language)) \(rate)",
          "(\(row.reported.count)/\(row.expected.count))", notes.joined(separator: "; "),
        ].filter { !$0.isEmpty })
    }
    lines += table.render()
    if rows.allSatisfy(\.isComplete) && rows.allSatisfy({ !$0.arrivals.contains(where: \.isLate) })
    {
      lines.append("  " + ReportText.everythingHandedIn(language))
    }
    return lines
  }

  private static func outliers(_ report: QuarterReport, _ language: Language) -> [String] {
    let quality = report.quality
    let settings = report.catalog.quality.settings
    var lines: [String] = []
    if quality.outliers.isEmpty { lines.append("  " + ReportText.noOutliers(language)) }
    for outlier in quality.outliers {
      let measure = report.catalog.measures[outlier.measure]
      let unit = measure?.unit ?? .count
      let name = measure?.name(language) ?? outlier.measure
      let reasons = outlier.reasons.map {
        ReportText.outlierReason(
          $0, threshold: settings.zScoreThreshold, ratio: settings.jumpRatio)(language)
      }
      var facts = [DisplayNumber.format(outlier.value, unit: unit)]
      if let score = outlier.zScore {
        facts.append("z = " + DisplayNumber.format(score, unit: .ratio))
      }
      if let ratio = outlier.jumpRatio {
        facts.append("×" + DisplayNumber.format(ratio, unit: .ratio))
      }
      lines.append("  ⚠ \(name) (\(outlier.measure)): " + facts.joined(separator: ", "))
      lines.append("    " + reasons.joined(separator: "; "))
      lines.append("    \(ReportText.history(language)): " + history(outlier, unit: unit))
    }
    if !quality.unscored.isEmpty {
      lines.append("  " + ReportText.unscoredCount(quality.unscored.count)(language))
    }
    return lines
  }

  static func history(_ outlier: Outlier, unit: MeasureUnit) -> String {
    guard !outlier.history.isEmpty else { return "—" }
    return outlier.history.map { "\($0.quarter) \(DisplayNumber.format($0.value, unit: unit))" }
      .joined(separator: ", ")
  }

  private static func commentary(_ report: QuarterReport, _ language: Language) -> [String] {
    var lines: [String] = []
    var commented = false
    for result in report.results {
      let name = result.indicator.name(language)
      if let comment = report.comment(on: result) {
        commented = true
        lines.append("  ✎ \(name): \(comment.text)")
      }
    }
    if !commented { lines.append("  " + ReportText.noComments(language)) }
    let unexplained = report.unexplainedRed
    for result in unexplained {
      let engine =
        report.catalog.engine(result.indicator.engine)?.name(language) ?? result.indicator.engine
      lines.append(
        "  ⚑ \(ReportText.redWithoutComment(language)): \(result.indicator.name(language)) (\(engine))"
      )
    }
    if unexplained.isEmpty && report.results.contains(where: { $0.status == .red }) {
      lines.append("  " + ReportText.allRedExplained(language))
    }
    var table = TextTable()
    for result in report.results {
      guard let progress = report.quality.progress[result.indicator.id] else { continue }
      let unit = result.indicator.unit
      let year = progress.baseline.year.map { " (\($0))" } ?? ""
      table.add([
        result.indicator.name(language),
        "\(ReportText.baseline(language)) \(DisplayNumber.format(progress.baseline.value, unit: unit))\(year)",
        "\(ReportText.progressFromBaseline(language)) "
          + (progress.progress.map(DisplayNumber.percent) ?? "—"),
        "\(ReportText.attainment(language)) "
          + (result.attainment.map(DisplayNumber.percent) ?? "—"),
      ])
    }
    lines += table.render()
    return lines
  }
}
