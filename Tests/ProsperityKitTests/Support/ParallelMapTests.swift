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
    let finished = DispatchSemaphore(value: 0)
    let results = Box()
    Thread.detachNewThread {
      #expect(throws: Never.self) { try ThreadPriority.lower(to: 7) }
      // Each element takes a moment, so that more threads than the caller's take part.
      results.value = values.parallelMap { value in
        usleep(200)
        return (value * 3, (try? ThreadPriority.current()) ?? -1)
      }
      finished.signal()
    }
    finished.wait()
    #expect(results.value.map(\.0) == values.map { $0 * 3 })
    #expect(results.value.allSatisfy { $0.1 == 7 }, "every element read at the caller's priority")
    #expect(try ThreadPriority.current() == 0, "the test's own thread is untouched")
  }

  // @unchecked: written by the one worker thread before it signals, read after the wait.
  private final class Box: @unchecked Sendable {
    var value: [(Int, Int32)] = []
  }
}
