import Foundation
import Logging

/// What a command prints while it works on another thread, kept to be printed afterwards in a
/// fixed order: quarters built side by side still report one after the other, as if built in turn.
// @unchecked: every access to `lines` holds `lock`.
final class DeferredOutput: Console, @unchecked Sendable {
  private enum Line {
    case out(String)
    case err(String)
    case log(Logger.Level, Logger.Message)
  }

  private let lock = NSLock()
  private var lines: [Line] = []

  func out(_ line: String) { append(.out(line)) }
  func err(_ line: String) { append(.err(line)) }
  func log(_ level: Logger.Level, _ message: Logger.Message) { append(.log(level, message)) }

  private func append(_ line: Line) {
    lock.lock()
    defer { lock.unlock() }
    lines.append(line)
  }

  /// Prints everything kept, in the order it came, through `context`'s console and logger.
  func replay(through context: CommandContext) {
    lock.lock()
    defer { lock.unlock() }
    for line in lines {
      switch line {
      case .out(let text): context.console.out(text)
      case .err(let text): context.console.err(text)
      case .log(let level, let message): context.logger.log(level: level, message)
      }
    }
    lines.removeAll()
  }
}

/// A log handler that keeps each message in a ``DeferredOutput`` instead of printing it.
struct DeferredLogHandler: LogHandler {
  let output: DeferredOutput
  var logLevel: Logger.Level
  var metadata: Logger.Metadata = [:]

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) { output.log(event.level, event.message) }
}

extension CommandContext {
  /// This context, printing into `output` instead of the terminal.
  func deferred(into output: DeferredOutput) -> CommandContext {
    let level = logger.logLevel
    return CommandContext(
      options: options, console: output,
      logger: Logger(label: logger.label) { _ in DeferredLogHandler(output: output, logLevel: level)
      }
    )
  }
}
