import Dispatch

extension Array where Element: Sendable {
  /// `transform` applied to every element on all cores, results in the elements' order, so the
  /// output is the same as a sequential map's whatever the scheduling.
  func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
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

/// One slot per result; each index is written by exactly one iteration, so no lock is needed.
private final class ResultSlots<Result>: @unchecked Sendable {
  private var slots: [Result?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func store(_ result: Result, at index: Int) {
    slots.withUnsafeMutableBufferPointer { $0[index] = result }
  }

  func results() -> [Result] { slots.map { $0! } }
}

/// A buffer of Sendable elements, read concurrently and never written while the work runs.
private struct UnsafeSendable<Element>: @unchecked Sendable {
  let value: UnsafeBufferPointer<Element>
  init(_ value: UnsafeBufferPointer<Element>) { self.value = value }
}
