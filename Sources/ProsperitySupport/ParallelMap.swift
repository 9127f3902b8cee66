import Dispatch
import Foundation

extension Array where Element: Sendable {
  /// `transform` applied to every element on all cores, results in the elements' order, so the
  /// output is the same as a sequential map's whatever the scheduling. Called from a thread whose
  /// priority was lowered, the work stays at that priority (see ``Yielding``).
  package func parallelMap<Result: Sendable>(_ transform: @escaping @Sendable (Element) -> Result)
    -> [Result]
  {
    // A niceness that cannot be read is taken as normal: the work then runs at the pool's.
    if let niceness = try? ThreadPriority.current(), niceness > 0 {
      return yieldingMap(niceness: niceness, transform)
    }
    let slots = ResultSlots<Result>(count: count)
    self.withUnsafeBufferPointer { elements in
      let shared = UnsafeSendable(elements)
      DispatchQueue.concurrentPerform(iterations: count) { index in
        slots.store(transform(shared.value[index]), at: index)
      }
    }
    return slots.results()
  }
}

extension Array where Element: Sendable {
  /// The same map on threads of its own at `niceness`: they take only what the other threads
  /// leave of the cores (the dispatch pool's threads would take a core's share).
  private func yieldingMap<Result: Sendable>(
    niceness: Int32, _ transform: @escaping @Sendable (Element) -> Result
  ) -> [Result] {
    let slots = ResultSlots<Result>(count: count)
    let next = NextIndex()
    let done = DispatchGroup()
    // The threads keep their closure a moment after their last element: it holds the array
    // itself, not a pointer into it.
    let elements = self
    let work: @Sendable () -> Void = {
      // Lowering one's own thread is always allowed; were it refused, the work would merely
      // compete with the writer at normal priority, so it goes on.
      try? ThreadPriority.lower(to: niceness)
      while let index = next.take(below: elements.count) {
        slots.store(transform(elements[index]), at: index)
      }
      done.leave()
    }
    for _ in 0..<Swift.min(count, ProcessInfo.processInfo.activeProcessorCount) {
      done.enter()
      Thread.detachNewThread(work)
    }
    done.wait()
    return slots.results()
  }
}

/// Hands out indices one at a time to threads that share a list of work.
private final class NextIndex: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0

  func take(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < limit else { return nil }
    next += 1
    return next - 1
  }
}

/// One slot per result; each index is written by exactly one thread, so no lock is needed.
///
/// Plain memory allocated once, not an `Array`: a store into an array is a mutation of the whole
/// array, which checks that its buffer is unique and, unoptimized, retains it and writes it back
/// around the store. Threads storing at once saw each other's extra reference, copied the buffer
/// and freed the old one while the others still stored into it: a corrupted heap.
private final class ResultSlots<Result>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<Result?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ result: Result, at index: Int) { slots[index] = result }

  func results() -> [Result] { slots.map { $0! } }
}

/// A buffer of Sendable elements, read concurrently and never written while the work runs.
private struct UnsafeSendable<Element>: @unchecked Sendable {
  let value: UnsafeBufferPointer<Element>
  init(_ value: UnsafeBufferPointer<Element>) { self.value = value }
}
