import ProsperityModel

extension CommandContext {
  /// Says that a library failed (libcrypto, hashing the inputs) and returns 70: the run stops
  /// before it publishes anything, since what it would record could not be trusted.
  func libraryFailed(_ error: any Error) -> ExitStatus {
    console.err("prosperity: error: \(JobText.libraryFailed("\(error)")(options.language))")
    return .softwareFailure
  }
}
