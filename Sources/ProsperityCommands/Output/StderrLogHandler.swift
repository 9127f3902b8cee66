import Foundation
import Logging

/// Log lines for cron's mail and for people: `2026-11-29T04:05:06Z info: message` on standard
/// error, in UTF-8 whatever the locale (cron often runs with `LANG=C`).
package struct StderrLogHandler: LogHandler {
  /// The least severe level printed: `debug` on a terminal, `info` under cron, `error` with
  /// `--quiet`.
  package var logLevel: Logger.Level
  /// Kept as the `LogHandler` protocol asks; the lines do not print it.
  package var metadata: Logger.Metadata = [:]

  /// A handler that prints events of `level` and above.
  package init(level: Logger.Level) { logLevel = level }

  /// One entry of ``metadata``.
  package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  /// Writes one line for `event` to standard error.
  package func log(event: LogEvent) {
    let line = "\(Self.timestamp()) \(event.level.rawValue): \(event.message)\n"
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// UTC, to the second: the same on every server whatever its time zone.
  static func timestamp(_ date: Date = Date()) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }
}
