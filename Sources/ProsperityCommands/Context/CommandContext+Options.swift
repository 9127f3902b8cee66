import Foundation
import ProsperityInput
import ProsperityModel

/// The folders the options name, checked before anything is read or written, so that a careless
/// `--inputs` or `--reports` gets a message about the option rather than about a file.
extension CommandContext {
  /// What is wrong with `--inputs` or `--reports`, said on stderr: an empty path (before, an empty
  /// `--reports` made `compare` write into `/compare`), or, for a command that writes reports,
  /// `--reports` naming a file. The status to exit with, `nil` when nothing is wrong.
  func folderOptionProblem(writesReports: Bool) -> ExitStatus? {
    for (option, path) in [("--inputs", options.inputs), ("--reports", options.reports)]
    where path.trimmingCharacters(in: .whitespaces).isEmpty {
      console.err("prosperity: error: \(JobText.emptyFolderOption(option)(options.language))")
      return .usage
    }
    if writesReports, Self.isFile(options.reports) {
      let path = options.reports
      console.err("\(path): error: \(JobText.reportsIsAFile(path)(options.language))")
      return .usage
    }
    return nil
  }

  /// Says which input is missing (exit 66 follows): the inputs folder, which may be a file
  /// rather than a folder, a required catalog file, or what a catalog file fails to define.
  func reportInputsMissing(_ error: InputsMissing) {
    // The problems that explain a catalog defining nothing come first.
    report(error.diagnostics)
    let path = error.path
    let message =
      JobText.catalogDefinesNothing(error.reason)
      ?? (path == options.inputs
        ? (Self.isFile(path) ? JobText.inputsIsAFile(path) : JobText.inputsFolderMissing(path))
        : JobText.catalogFileMissing(path))
    console.err("\(path): error: \(message(options.language))")
  }

  /// What every command checks before it reads or writes anything (usage errors, 64): that the
  /// reports and inputs folders do not lie inside one another, and that the quarters given on the
  /// command line can be reported.
  func preflight(_ quarters: [Quarter], writesReports: Bool) -> ExitStatus? {
    if let status = folderOptionProblem(writesReports: writesReports) { return status }
    if OutputPlaces(inputs: options.inputs, reports: options.reports).foldersNested {
      let text = JobText.foldersNested(reports: options.reports, inputs: options.inputs)
      console.err("prosperity: error: \(text(options.language))")
      return .usage
    }
    guard let quarter = quarters.first(where: { !$0.isReportable }) else { return nil }
    console.err("prosperity: error: \(quarter.outsideReportableRange(options.language))")
    return .usage
  }

  /// An `--output` that would land in the inputs folder or on a file the reports folder keeps for
  /// itself is a usage error (64), given before anything is written: `paths` are the files
  /// `output` makes the command write, `own` its default outputs, which it may name.
  func refuseOutput(_ output: String, writing paths: [String], own: [String]) -> ExitStatus? {
    let places = OutputPlaces(inputs: options.inputs, reports: options.reports)
    let text: LocalizedText
    switch paths.lazy.compactMap({ places.refusal(of: $0, own: own) }).first {
    case nil: return nil
    case .insideInputs: text = JobText.outputInInputs(options.inputs)
    case .reportsOwnFile: text = JobText.outputInReports(options.reports)
    }
    console.err("\(output): error: \(text(options.language))")
    return .usage
  }

  private static func isFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && !isDirectory.boolValue
  }
}
