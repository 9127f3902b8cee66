import Foundation
import Testing

@testable import ProsperityCommands
@testable import ProsperityCompare
@testable import ProsperityIndicators
@testable import ProsperityInput
@testable import ProsperityModel
@testable import ProsperityReports
@testable import ProsperityStore
@testable import ProsperitySupport

@Suite("parallelMap")
struct ParallelMapTests {
  @Test("results come in the elements' order, at normal priority")
  func keepsOrder() {
    let values = Array(0..<1_000)
    #expect(values.parallelMap { $0 * 3 } == values.map { $0 * 3 })
  }

  @Test("called from a thread of lowered priority, the work runs at that priority, in order")
  func keepsTheCallersPriority() throws {
    let values = Array(0..<200)
    let results = Box<[(Int, Int32)]>([])
    Self.onThreadOfItsOwn(niceness: 7) {
      // Each element takes a moment, so that more threads than the caller's take part.
      results.value = values.parallelMap { value in
        usleep(200)
        return (value * 3, (try? ThreadPriority.current()) ?? -1)
      }
    }
    #expect(results.value.map(\.0) == values.map { $0 * 3 })
    #expect(results.value.allSatisfy { $0.1 == 7 }, "every element read at the caller's priority")
    #expect(try ThreadPriority.current() == 0, "the test's own thread is untouched")
  }

  /// Each result is a new object, so a result stored into freed memory, or lost while another
  /// thread copies the slots, shows as a wrong value or a crash (it did, as heap corruption,
  /// while the slots were an array that every thread mutated).
  @Test(
    "many results made on several threads at once all arrive, each in its place",
    arguments: [0, 7] as [Int32])
  func manyResultsStoredAtOnce(niceness: Int32) {
    let values = Array(0..<20_000)
    let inPlace = Box<[Bool]>([])
    Self.onThreadOfItsOwn(niceness: niceness) {
      inPlace.value = (0..<50).map { _ in
        values.parallelMap { Tagged($0) }.map(\.value) == values
      }
    }
    #expect(inPlace.value == Array(repeating: true, count: 50))
  }

  /// Runs `body` on a new thread at `niceness` and waits for it. A thread of its own, as the
  /// command's main thread is, gets the work spread over every core: from a busy test pool thread
  /// it may all run on the caller.
  private static func onThreadOfItsOwn(niceness: Int32, _ body: @escaping @Sendable () -> Void) {
    let finished = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      if niceness > 0 { #expect(throws: Never.self) { try ThreadPriority.lower(to: niceness) } }
      body()
      finished.signal()
    }
    finished.wait()
  }

  private final class Tagged: Sendable {
    let value: Int
    init(_ value: Int) { self.value = value }
  }

  // @unchecked: written by the one worker thread before it signals, read after the wait.
  private final class Box<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
  }
}
