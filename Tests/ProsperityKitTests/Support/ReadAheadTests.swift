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

@Suite struct ReadAheadTests {
  struct Stop: Error {}

  @Test func batchesArriveInOrderAndWhole() throws {
    var seen: [Int] = []
    try ReadAhead.run(
      produce: { emit in
        for start in stride(from: 0, to: 10_000, by: 7) {
          guard emit(Array(start..<min(start + 7, 10_000))) else { return }
        }
      },
      consume: { seen += $0 })
    #expect(seen == Array(0..<10_000))
  }

  @Test func aProducerErrorReachesTheConsumerAfterWhatWasProduced() {
    var seen: [Int] = []
    #expect(throws: Stop.self) {
      try ReadAhead.run(
        produce: { emit in
          _ = emit([1, 2])
          throw Stop()
        },
        consume: { seen += $0 })
    }
    #expect(seen == [1, 2])
  }

  @Test func aConsumerErrorStopsTheProducer() {
    let produced = Counter()
    #expect(throws: Stop.self) {
      try ReadAhead.run(
        produce: { emit in
          for index in 0..<1_000_000 {
            produced.add()
            guard emit([index]) else { return }
          }
        },
        consume: { batch in if batch[0] == 10 { throw Stop() } })
    }
    // The producer stopped a few batches ahead of the consumer, not at the end of its input.
    #expect(produced.value < 100)
  }
}

/// A count shared between threads.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func add() { lock.withLock { count += 1 } }
  var value: Int { lock.withLock { count } }
}
