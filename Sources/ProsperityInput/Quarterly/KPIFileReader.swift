import ProsperityModel

/// Reads one engine's KPI file for one quarter into measure reports.
///
/// Each measure is reported either region-wide (empty locality) or once for every locality; the
/// region's value of a per-locality measure is the sum, and only when every locality reported, since
/// a partial sum would mislead.
package struct KPIFileReader {
  let catalog: Catalog
  let engine: String
  let quarter: Quarter
  let localities: LocalityMatcher

  private struct Row {
    let locality: String?
    let figure: Figure
    let record: TableRecord
  }

  func read(_ table: TableFile, log: inout DiagnosticLog) -> [String: MeasureReport] {
    var rows: [String: [Row]] = [:]
    var order: [String] = []
    var broken: [String: LocalizedText] = [:]
    for record in table.records {
      guard let (measure, row) = parse(record, log: &log) else { continue }
      let earlier = rows[measure, default: []]
      if earlier.contains(where: { $0.locality == row.locality }) {
        reject(Messages.duplicateRow(measure), record, "measure", &log)
        broken[measure] = Messages.duplicateRow(measure)
        continue
      }
      if let first = earlier.first, (first.locality == nil) != (row.locality == nil) {
        reject(Messages.mixedRows(measure), record, "locality", &log)
        broken[measure] = Messages.mixedRows(measure)
        continue
      }
      if earlier.isEmpty { order.append(measure) }
      rows[measure, default: []].append(row)
    }
    var reports: [String: MeasureReport] = [:]
    for measure in order {
      let measureRows = rows[measure] ?? []
      var report = MeasureReport(
        measure: measure, value: .unavailable(Messages.notReported(measure)), byLocality: [:],
        sources: unique(measureRows.map { $0.record["source"] }),
        notes: unique(measureRows.map { $0.record["notes"] }),
        location: measureRows[0].record.location("measure"))
      if let reason = broken[measure] {
        report.value = .unavailable(reason)
      } else if measureRows[0].locality == nil {
        report.value = measureRows[0].figure
      } else {
        for row in measureRows { report.byLocality[row.locality!] = row.figure }
        report.value = regionTotal(report, log: &log)
      }
      reports[measure] = report
    }
    for measure in catalog.measures.values.sorted(by: { $0.id < $1.id })
    where measure.engine == engine && reports[measure.id] == nil {
      log.warning(
        Messages.measureNotInFile(measure.id), at: SourceLocation(file: table.path),
        quarter: quarter)
    }
    return reports
  }

  private func parse(_ record: TableRecord, log: inout DiagnosticLog) -> (String, Row)? {
    let measure = record.id("measure", log: &log, quarter: quarter)
    guard !measure.isEmpty else {
      reject(Messages.missingField("measure"), record, "measure", &log)
      return nil
    }
    guard let known = catalog.measures[measure] else {
      let message =
        catalog.measure(named: measure) != nil
        ? Messages.derivedMeasureReported(measure) : Messages.unknownMeasure(measure)
      reject(message, record, "measure", &log)
      return nil
    }
    guard known.engine == engine else {
      reject(Messages.measureOfOtherEngine(measure, known.engine), record, "measure", &log)
      return nil
    }
    var locality: String?
    let localityText = record.id("locality", log: &log, quarter: quarter)
    if !localityText.isEmpty {
      guard let matched = localities.match(localityText) else {
        reject(Messages.unknownLocality(localityText), record, "locality", &log)
        return nil
      }
      locality = matched
    }
    let figure: Figure
    let (number, form) = NumberParser.read(record["value"])
    switch number {
    case .value(let value) where !form.fits(known.unit, value: value):
      let message = Messages.valueContradictsUnit(
        record["value"], form: form, read: value, unit: known.unit,
        owner: .catalog(id: measure, catalogFile: CatalogFiles.measures))
      reject(message, record, "value", &log)
      figure = .unavailable(Messages.unreadableValue(measure))
    case .value(let value):
      figure = .value(value)
    case .notReported:
      log.warning(
        Messages.valueNotReported(measure), at: record.location("value"), quarter: quarter)
      figure = .unavailable(Messages.notReported(measure))
    case .invalid:
      reject(Messages.badNumber(record["value"]), record, "value", &log)
      figure = .unavailable(Messages.unreadableValue(measure))
    }
    return (measure, Row(locality: locality, figure: figure, record: record))
  }

  private func regionTotal(_ report: MeasureReport, log: inout DiagnosticLog) -> Figure {
    var total = 0.0
    for locality in catalog.localities {
      guard let value = report.byLocality[locality.id]?.value else {
        let reason = Messages.localityMissing(report.measure, locality.name)
        log.warning(reason, at: report.location, quarter: quarter)
        return .unavailable(reason)
      }
      total += value
    }
    // Figures each within range can still add up past it.
    return total.isFinite ? .value(total) : .unavailable(Messages.notFinite(report.measure))
  }

  private func reject(
    _ message: LocalizedText, _ record: TableRecord, _ column: String, _ log: inout DiagnosticLog
  ) {
    log.error(message, at: record.location(column), quarter: quarter, rejectedRow: record.raw)
  }

  private func unique(_ texts: [String]) -> [String] {
    var seen: [String] = []
    for text in texts where !text.isEmpty && !seen.contains(text) { seen.append(text) }
    return seen
  }
}
