import Dispatch
import Foundation

/// Work started on another thread whose result is waited for later.
// @unchecked: `value` is written once, by the worker before it leaves the group, and read only
// after `wait()` has seen the group empty; the group orders the two.
final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
  private let group = DispatchGroup()
  private var value: Value?

  init(_ work: @escaping @Sendable () -> Value) {
    group.enter()
    Thread.detachNewThread { [self] in
      value = work()
      group.leave()
    }
  }

  /// The result, once the work is done.
  func wait() -> Value {
    group.wait()
    return value!
  }
}
