import Foundation

/// Runs a producer on another thread, a batch ahead of its consumer: a file is parsed on one core
/// while its rows are written on the other. Batches arrive in the order they were produced; at
/// most a few wait, so memory does not grow with the file.
package enum ReadAhead {
  /// Calls `consume` with each batch `produce` hands to its `emit`. `emit` returns `false` once
  /// the consumer has stopped (it threw), so the producer can stop too. An error thrown by
  /// either side is rethrown here, after the producer has finished.
  package static func run<Element: Sendable>(
    produce: @escaping @Sendable (_ emit: ([Element]) -> Bool) throws -> Void,
    consume: ([Element]) throws -> Void
  ) throws {
    let channel = Channel<Element>()
    let thread = Thread {
      do {
        try produce { channel.put($0) }
        channel.finish(nil)
      } catch {
        channel.finish(error)
      }
    }
    thread.start()
    do {
      while let batch = channel.take() { try consume(batch) }
    } catch {
      channel.cancel()
      channel.waitUntilFinished()
      throw error
    }
    if let failure = channel.waitUntilFinished() { throw failure }
  }

  /// A bounded queue of batches between the two threads.
  private final class Channel<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[Element]] = []
    private var finished = false
    private var cancelled = false
    private var failure: (any Error)?
    private let capacity = 4

    func put(_ batch: [Element]) -> Bool {
      condition.lock()
      defer { condition.unlock() }
      while batches.count >= capacity && !cancelled { condition.wait() }
      guard !cancelled else { return false }
      batches.append(batch)
      condition.broadcast()
      return true
    }

    /// The next batch, or `nil` once the producer has finished and every batch was taken.
    func take() -> [Element]? {
      condition.lock()
      defer { condition.unlock() }
      while batches.isEmpty && !finished { condition.wait() }
      guard !batches.isEmpty else { return nil }
      let batch = batches.removeFirst()
      condition.broadcast()
      return batch
    }

    func finish(_ error: (any Error)?) {
      condition.lock()
      defer { condition.unlock() }
      failure = error
      finished = true
      condition.broadcast()
    }

    func cancel() {
      condition.lock()
      defer { condition.unlock() }
      cancelled = true
      batches.removeAll()
      condition.broadcast()
    }

    /// Waits for the producer to finish; returns its error, if any.
    @discardableResult
    func waitUntilFinished() -> (any Error)? {
      condition.lock()
      defer { condition.unlock() }
      while !finished { condition.wait() }
      return failure
    }
  }
}
