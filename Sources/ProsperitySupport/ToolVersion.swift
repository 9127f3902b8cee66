import Glibc

/// The version of the tool, recorded with everything it keeps between runs (the manifest, the
/// digests): what another version recorded is not trusted and is built again.
package enum ToolVersion {
  /// A new value makes the next run build every quarter again and read every activity file.
  package static let current = "0.2.0"

  /// The running executable as built, by its size and modification time: a record that only the
  /// same build may trust (the last check a run answers from) is keyed by it too, so a new build
  /// whose messages or checks changed is never answered for by an older one's record, even when
  /// ``current`` was not bumped. `unknown` where the executable cannot be looked at.
  package static let build: String = {
    var status = stat()
    guard stat("/proc/self/exe", &status) == 0 else { return "unknown" }
    return "\(status.st_size)-\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
  }()
}
