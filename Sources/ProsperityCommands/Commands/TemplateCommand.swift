import ProsperityIndicators
import ProsperityInput
import ProsperityModel
import ProsperityReports
import ProsperityStore

/// `prosperity template QUARTER`: writes `Inputs/QUARTER/<engine>-kpis.csv` and `-activities.csv`
/// for every engine, ready to send to the managers; a file that exists is left as it is.
package struct TemplateCommand {
  let context: CommandContext
  let quarter: Quarter

  /// The templates of `quarter`, made from the quarters before it.
  package init(_ context: CommandContext, quarter: Quarter) {
    self.context = context
    self.quarter = quarter
  }

  /// Writes each missing template file, with a warning for each that exists; 73 when one cannot be
  /// written.
  package func execute() -> ExitStatus {
    let options = context.options
    let console = context.console
    if let refused = context.preflight([quarter], writesReports: false) { return refused }
    let pipeline: Pipeline
    do {
      // No rows are held: the last quarter's activities are read again as they are written.
      pipeline = try Pipeline.load(
        inputs: options.inputs, including: { $0 < quarter }, holdingActivities: { _ in 0 })
    } catch {
      context.reportInputsMissing(error)
      return .inputsMissing
    }
    let template = QuarterTemplate(
      dataset: pipeline.dataset, quarter: quarter, language: options.language)
    let folder = options.inputs + "/" + quarter.description
    for file in template.files() {
      let path = folder + "/" + file.name
      do {
        switch try create(file, at: path, in: folder) {
        case .written: console.out(JobText.wrote(path)(options.language))
        case .alreadyExists:
          console.err("\(path): warning: \(JobText.templateExists(path)(options.language))")
        }
      } catch {
        context.reportWriteFailure(error)
        return .cannotWrite
      }
    }
    return .ok
  }

  /// Writes one template file, which must not exist yet.
  private func create(_ file: QuarterTemplate.File, at path: String, in folder: String)
    throws(OutputError) -> NewFile.Outcome
  {
    try AtomicFile.createFolders(folder, reportingAs: path)
    return try NewFile.create(at: path) { temporary throws(OutputError) in
      let writer = CSVFileWriter(descriptor: temporary, reportingAs: path)
      do {
        try file.records { record in try writer.append(record) }
      } catch let error as OutputError {
        throw error
      } catch let error as ActivitySourceChanged {
        throw OutputError(
          path: error.path, reason: JobText.inputChanged(context.options.language))
      } catch {
        throw OutputError(path: path, reason: "\(error)")
      }
      try writer.finish()
    }
  }
}
