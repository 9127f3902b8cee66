import CXlsxWriter
import Foundation

/// The libxlsxwriter the process writes with.
public enum LibraryBuild {
  /// Its version and the shared object the process mapped, by path, size and modification time:
  /// a rebuilt or upgraded library (a Debian revision keeps the version) gives another value.
  /// The version alone where the object cannot be found (a static link, no `/proc`).
  public static let current: String = {
    let version = String(cString: lxw_version())
    // `/proc` files have no size: read to the end rather than by the size they report.
    guard
      let data = try? FileHandle(forReadingFrom: URL(fileURLWithPath: "/proc/self/maps"))
        .readToEnd(),
      let maps = String(data: data, encoding: .utf8),
      let line = maps.split(separator: "\n").first(where: { $0.contains("/libxlsxwriter") }),
      let slash = line.firstIndex(of: "/")
    else { return version }
    let path = String(line[slash...])
    var status = stat()
    guard stat(path, &status) == 0 else { return version }
    return "\(version) \(path) \(status.st_size)-\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
  }()
}
