/// Exit statuses, from sysexits.h.
public enum ExitStatus: Int32, Sendable {
  case ok = 0
  case usage = 64
  /// Data errors were found; reports were still written for all valid data.
  case dataErrors = 65
  case inputsMissing = 66
  case cannotWrite = 73
}

/// Where a job writes what it has to say.
public protocol Console: Sendable {
  func out(_ line: String)
  func err(_ line: String)
}

/// The options every command shares.
public struct JobOptions: Sendable {
  public var inputs: String
  public var reports: String
  public var language: Language

  public init(inputs: String = "Inputs", reports: String = "Reports", language: Language = .hebrew)
  {
    self.inputs = inputs
    self.reports = reports
    self.language = language
  }
}

/// The commands' logic, callable from tests: each returns the status the process exits with.
public struct Job: Sendable {
  public let options: JobOptions
  public let console: any Console

  public init(options: JobOptions, console: any Console) {
    self.options = options
    self.console = console
  }

  /// Validates all inputs and writes the reports of every quarter.
  public func run() -> ExitStatus {
    guard let pipeline = load() else { return .inputsMissing }
    var hasErrors = pipeline.log.hasErrors
    report(pipeline.log.entries)
    for quarter in pipeline.dataset.reportedQuarters {
      let report = pipeline.report(for: quarter)
      self.report(report.diagnostics.filter { $0.location == nil && $0.quarter == quarter })
      hasErrors = hasErrors || report.errorCount > 0
      guard write(report, to: ReportPaths(reports: options.reports, quarter: quarter)) else {
        return .cannotWrite
      }
    }
    return hasErrors ? .dataErrors : .ok
  }

  /// Writes one quarter's three files; `output` names the workbook. With `engine`, writes only
  /// that engine's committee workbook.
  public func workbook(_ quarter: Quarter, output: String? = nil, engine: String? = nil)
    -> ExitStatus
  {
    guard let (report, pipeline) = quarterReport(quarter, withHistory: true) else {
      return .inputsMissing
    }
    if let engine { return engineWorkbook(engine, quarter, pipeline, output: output) }
    self.report(report.diagnostics)
    let paths = ReportPaths(reports: options.reports, quarter: quarter, workbook: output)
    guard write(report, to: paths) else { return .cannotWrite }
    return report.errorCount > 0 ? .dataErrors : .ok
  }

  /// Prints one quarter's text summary to standard output.
  public func summary(_ quarter: Quarter) -> ExitStatus {
    guard let (report, _) = quarterReport(quarter) else { return .inputsMissing }
    self.report(report.diagnostics)
    console.out(TextSummary.render(report, language: options.language))
    return report.errorCount > 0 ? .dataErrors : .ok
  }

  /// Checks the catalog and one quarter, or every quarter.
  public func validate(_ quarter: Quarter? = nil) -> ExitStatus {
    if let quarter {
      guard let (report, _) = quarterReport(quarter) else { return .inputsMissing }
      self.report(report.diagnostics)
      console.err(
        ReportText.problemCounts(errors: report.errorCount, warnings: report.warningCount)(
          options.language))
      return report.errorCount > 0 ? .dataErrors : .ok
    }
    guard let pipeline = load() else { return .inputsMissing }
    report(pipeline.log.entries)
    console.err(
      ReportText.problemCounts(
        errors: pipeline.log.errorCount, warnings: pipeline.log.warningCount)(options.language))
    return pipeline.log.hasErrors ? .dataErrors : .ok
  }

  private func load(including include: @escaping (Quarter) -> Bool = { _ in true }) -> Pipeline? {
    do {
      return try Pipeline.load(inputs: options.inputs, including: include)
    } catch {
      console.err("\(error.path): error: \(JobText.inputsMissing(error.path)(options.language))")
      return nil
    }
  }

  /// Loads what one quarter's report needs: the quarter, its year so far, the previous quarter and
  /// the same quarter a year earlier; `withHistory` adds every earlier quarter (the workbook's
  /// trends and history table).
  func quarterReport(_ quarter: Quarter, withHistory: Bool = false) -> (QuarterReport, Pipeline)? {
    let needed = Set(quarter.yearToDate + [quarter.previous, quarter.yearAgo])
    let include = { (each: Quarter) in needed.contains(each) || (withHistory && each < quarter) }
    guard let pipeline = load(including: include) else { return nil }
    guard pipeline.dataset.quarters[quarter] != nil else {
      let folder = options.inputs + "/" + quarter.description
      console.err("\(folder): error: \(JobText.quarterMissing(quarter)(options.language))")
      return nil
    }
    return (pipeline.report(for: quarter), pipeline)
  }

  func write(_ report: QuarterReport, to paths: ReportPaths) -> Bool {
    do {
      let written = try ReportWriter.write(report, language: options.language, to: paths)
      for path in written { console.out(JobText.wrote(path)(options.language)) }
      return true
    } catch {
      console.err("\(error.path): error: \(JobText.cannotWrite(error.reason)(options.language))")
      return false
    }
  }

  func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics { console.err(diagnostic.rendered(in: options.language)) }
  }
}
