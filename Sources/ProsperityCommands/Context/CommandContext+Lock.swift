import ProsperityInput
import ProsperityModel
import ProsperityStore

extension CommandContext {
  /// Takes the reports folder's lock, creating the folder if needed, and sweeps what a killed
  /// run left there. Every command that writes into the reports folder holds it while it writes.
  func lockReports() -> Result<RunLock, LockRefusal> {
    do {
      try AtomicFile.createFolders(options.reports, reportingAs: options.reports)
    } catch {
      reportWriteFailure(error)
      return .failure(LockRefusal(status: .cannotWrite))
    }
    do throws(LockFailure) {
      let lock = try RunLock(reports: options.reports)
      Leftovers.remove(in: options.reports)
      return .success(lock)
    } catch {
      switch error {
      case .busy(let path):
        console.err("\(path): error: \(JobText.busy(path)(options.language))")
        return .failure(LockRefusal(status: .busy))
      case .unavailable(let path, let reason):
        console.err("\(path): error: \(JobText.cannotWrite(reason)(options.language))")
        return .failure(LockRefusal(status: .cannotWrite))
      }
    }
  }
}

/// The lock was not taken (already said on stderr): the status to exit with.
struct LockRefusal: Error {
  let status: ExitStatus
}
