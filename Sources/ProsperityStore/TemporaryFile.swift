import Foundation
import ProsperitySupport

/// A new file beside the one it will become, under a name nobody else has. It is created with
/// `O_EXCL | O_NOFOLLOW`, so an existing file or a symbolic link of that name is never written
/// through, truncated or removed. The name is hidden (the inputs loader skips it) and ends in
/// `.tmp`, so the next locked run sweeps one a killed command left in the reports folder.
struct TemporaryFile {
  let path: String
  /// Open for writing; whoever writes the file closes it.
  let descriptor: Int32

  /// Creates the temporary file for `target`; a failure names `reported`.
  init(beside target: String, reportingAs reported: String) throws(OutputError) {
    let folder = FilePath.parent(of: target)
    let name = (target as NSString).lastPathComponent
    var generator = SystemRandomNumberGenerator()
    while true {
      let unique = String(generator.next() as UInt64, radix: 36)
      let candidate = (folder as NSString).appendingPathComponent(
        ".\(name).\(getpid()).\(unique).tmp")
      // 0o666 less the umask, as Foundation creates files.
      let descriptor = open(
        candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
      if descriptor >= 0 {
        (path, self.descriptor) = (candidate, descriptor)
        return
      }
      guard errno == EEXIST else {
        throw OutputError(path: reported, reason: String(cString: strerror(errno)))
      }
    }
  }
}
