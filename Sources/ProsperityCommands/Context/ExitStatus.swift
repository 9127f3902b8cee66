/// Exit statuses, from sysexits.h.
package enum ExitStatus: Int32, Sendable {
  case ok = 0
  case usage = 64
  /// Data errors were found; reports were still written for all valid data.
  case dataErrors = 65
  case inputsMissing = 66
  /// A library the tool relies on failed (libcrypto hashing the inputs): nothing was published.
  case softwareFailure = 70
  case cannotWrite = 73
  /// Another run holds the reports folder.
  case busy = 75
}
