import ProsperityCompare
import ProsperityModel

/// The plain-text comparison for the committee e-mail: verdicts per engine, the biggest movers,
/// each engine's indicators and activity changes (the first
/// ``ActivityChangeTally/listedPerChange`` of each change by name), and catalog changes.
package enum ComparisonText {
  /// The comparison as plain text, for the terminal and the `.txt` file.
  package static func render(_ comparison: QuarterComparison, language: Language) -> String {
    let t = { (text: LocalizedText) in text(language) }
    let (earlier, later) = (comparison.earlier, comparison.later)
    var lines = [t(ReportText.cluster), t(CompareText.comparison(earlier, later))]
    if comparison.engines.count == 1, let engine = comparison.engines.first {
      lines.append(t(CompareText.engineFilter(engine.name)))
    }
    lines += [String(repeating: "=", count: 60), t(CompareText.direction(earlier, later))]
    lines += ["", "■ " + t(CompareText.indicatorsByVerdict)] + byEngine(comparison, language)
    lines += ["", "■ " + t(CompareText.movers)] + movers(comparison, language)
    for engine in comparison.engines {
      lines += ["", "■ " + engine.name(language)]
      lines += ComparisonText.indicators(comparison.indicators(of: engine.id), comparison, language)
      lines += activities(comparison.activityTally(of: engine.id), engine.id, comparison, language)
    }
    lines += ["", "■ " + t(CompareText.catalogChanges)] + catalog(comparison, language)
    lines += ["", "■ " + t(CompareText.dataProblemsHeading)]
    lines.append(
      "  " + t(CompareText.dataProblems(earlier, problems: comparison.earlierProblems)) + " · "
        + t(CompareText.dataProblems(later, problems: comparison.laterProblems)) + " – "
        + t(CompareText.seeQuarterWorkbooks))
    return lines.joined(separator: "\n") + "\n"
  }

  /// The verdicts counted per engine; the catalog's three verdicts share one column.
  static let countedVerdicts: [Verdict] = [
    .improved, .worsened, .unchanged, .new, .noLongerReported, .noValue,
  ]

  private static func byEngine(_ comparison: QuarterComparison, _ language: Language) -> [String] {
    var table = TextTable()
    table.add(
      [ReportText.engine(language)] + countedVerdicts.map { $0.label(language) }
        + [CompareText.catalogChangeCount(language)])
    for engine in comparison.engines {
      let counts = comparison.verdictCounts(of: engine.id)
      let catalog = Verdict.allCases.filter(\.isCatalogChange).reduce(0) { $0 + (counts[$1] ?? 0) }
      table.add(
        [engine.name(language)] + countedVerdicts.map { String(counts[$0] ?? 0) }
          + [String(catalog)])
    }
    return table.render()
  }

  private static func movers(_ comparison: QuarterComparison, _ language: Language) -> [String] {
    let movers = comparison.movers
    guard !movers.isEmpty else { return ["  " + CompareText.noMovers(language)] }
    var table = TextTable()
    for mover in movers {
      let unit = mover.definition.unit
      let engine = comparison.engines.first { $0.id == mover.definition.engine }
      table.add([
        mover.verdict.label(language), mover.definition.name(language),
        engine?.name(language) ?? mover.definition.engine,
        ChangeText.figure(mover.earlier.value, unit: unit) + " → "
          + ChangeText.figure(mover.later.value, unit: unit),
        mover.change.map { ChangeText.absolute($0.absolute, unit: unit, language) } ?? "",
        mover.change?.relative.map(ChangeText.relative) ?? "",
      ])
    }
    return table.render()
  }

  private static func indicators(
    _ indicators: [IndicatorComparison], _ comparison: QuarterComparison, _ language: Language
  ) -> [String] {
    let (earlier, later) = (comparison.earlier, comparison.later)
    var table = TextTable()
    table.add([
      ReportText.indicator(language), earlier.description, later.description,
      CompareText.change(language), CompareText.relativeChange(language),
      CompareText.verdictHeading(language), CompareText.status(earlier)(language),
      CompareText.status(later)(language), CompareText.yearToDate(earlier)(language),
      CompareText.yearToDate(later)(language), CompareText.yearToDateVerdict(language),
    ])
    var notes: [String] = []
    for indicator in indicators {
      let unit = indicator.definition.unit
      table.add([
        indicator.definition.name(language),
        ChangeText.figure(indicator.earlier.value, unit: unit),
        ChangeText.figure(indicator.later.value, unit: unit),
        indicator.change.map { ChangeText.absolute($0.absolute, unit: unit, language) } ?? "",
        indicator.change?.relative.map(ChangeText.relative) ?? "",
        indicator.verdict.label(language),
        ChangeText.status(indicator.earlier.status, language),
        ChangeText.status(indicator.later.status, language),
        ChangeText.figure(indicator.earlier.yearToDate, unit: unit),
        ChangeText.figure(indicator.later.yearToDate, unit: unit),
        indicator.yearToDateVerdict.label(language),
      ])
      for (quarter, reason) in [
        (earlier, indicator.earlier.value.reason), (later, indicator.later.value.reason),
      ] {
        guard let reason else { continue }
        notes.append(
          "    • \(indicator.definition.name(language)) – \(quarter): \(reason(language))")
      }
    }
    var lines = table.render()
    if !notes.isEmpty { lines += ["  " + CompareText.whyNoValue(language) + ":"] + notes }
    return lines
  }

  private static func activities(
    _ tally: ActivityChangeTally, _ engine: String, _ comparison: QuarterComparison,
    _ language: Language
  ) -> [String] {
    let (before, after) = comparison.activityTotals[engine] ?? ([:], [:])
    let spent = ActivityMeasure.budgetSpent.id
    let participants = ActivityMeasure.participants.id
    let change = { (key: String, unit: MeasureUnit) -> String? in
      guard let old = before[key]?.value, let new = after[key]?.value else { return nil }
      return ChangeText.signed(new - old, unit: unit)
    }
    var lines = [
      "  "
        + CompareText.activityTotals(
          count: (tally.earlierCount, tally.laterCount),
          spent: (
            ChangeText.amount(before[spent]?.value, unit: .ils),
            ChangeText.amount(after[spent]?.value, unit: .ils), change(spent, .ils)
          ),
          participants: (
            ChangeText.amount(before[participants]?.value, unit: .count),
            ChangeText.amount(after[participants]?.value, unit: .count),
            change(participants, .count)
          ))(language)
    ]
    var table = TextTable()
    // After the rows of a change that lists only the first few: how many more, by row number.
    var more: [Int: String] = [:]
    for kind in ActivityChange.allCases where kind != .continuing {
      for activity in tally.listed[kind] ?? [] {
        table.add([
          activity.change.label(language), activity.id, activity.title,
          (activity.earlier?.status?.label(language) ?? "—") + " → "
            + (activity.later?.status?.label(language) ?? "—"),
          CompareText.budgetSpentShort(language) + " "
            + (activity.budgetSpentChange.map { ChangeText.signed($0, unit: .ils) }
              ?? ChangeText.amount(
                activity.later?.budgetSpent ?? activity.earlier?.budgetSpent,
                unit: .ils)),
          CompareText.participantsShort(language) + " "
            + (activity.participantsChange.map { ChangeText.signed($0, unit: .count) }
              ?? ChangeText.amount(
                activity.later?.participants ?? activity.earlier?.participants,
                unit: .count)),
        ])
      }
      let unlisted = tally.unlisted(kind)
      if unlisted > 0 {
        more[table.rows.count - 1] = "    " + CompareText.moreActivities(kind, unlisted)(language)
      }
    }
    if table.rows.isEmpty { return lines + ["    " + CompareText.noActivityChanges(language)] }
    for (row, line) in table.render(indent: "    ").enumerated() {
      lines.append(line)
      if let note = more[row] { lines.append(note) }
    }
    return lines
  }

  private static func catalog(_ comparison: QuarterComparison, _ language: Language) -> [String] {
    guard !comparison.catalogChanges.isEmpty else {
      return ["  " + CompareText.noCatalogChanges(language)]
    }
    var table = TextTable()
    for change in comparison.catalogChanges {
      table.add([
        change.verdict.label(language), change.definition.name(language), change.definition.id,
        change.details(language),
      ])
    }
    return ["  " + CompareText.catalogNote(language)] + table.render()
  }
}
