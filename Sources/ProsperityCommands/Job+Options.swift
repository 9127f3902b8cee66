import Foundation
import ProsperityInput
import ProsperityModel

/// The folders the options name, checked before anything is read or written, so that a careless
/// `--inputs` or `--reports` gets a message about the option rather than about a file.
extension Job {
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
  /// rather than a folder, or a required catalog file.
  func reportInputsMissing(_ error: InputsMissing) {
    let path = error.path
    let message =
      path == options.inputs
      ? (Self.isFile(path) ? JobText.inputsIsAFile(path) : JobText.inputsFolderMissing(path))
      : JobText.catalogFileMissing(path)
    console.err("\(path): error: \(message(options.language))")
  }

  private static func isFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && !isDirectory.boolValue
  }
}
