extension Job {
  /// Writes `Inputs/QUARTER/<engine>-kpis.csv` and `-activities.csv` for every engine, ready to send
  /// to the managers; a file that exists is left as it is.
  public func template(_ quarter: Quarter) -> ExitStatus {
    let pipeline: Pipeline
    do {
      pipeline = try Pipeline.load(inputs: options.inputs, including: { $0 < quarter })
    } catch {
      console.err("\(error.path): error: \(JobText.inputsMissing(error.path)(options.language))")
      return .inputsMissing
    }
    let template = QuarterTemplate(
      dataset: pipeline.dataset, quarter: quarter, language: options.language)
    let folder = options.inputs + "/" + quarter.description
    for (name, rows) in template.files() {
      let path = folder + "/" + name
      do {
        switch try NewFile.create(QuarterTemplate.csv(rows), at: path) {
        case .written: console.out(JobText.wrote(path)(options.language))
        case .alreadyExists:
          console.err("\(path): warning: \(JobText.templateExists(path)(options.language))")
        }
      } catch {
        reportWriteFailure(error)
        return .cannotWrite
      }
    }
    return .ok
  }
}
