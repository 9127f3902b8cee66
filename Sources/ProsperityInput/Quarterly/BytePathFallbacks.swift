/// How many fields of activity files the byte path could not settle and left to the `String`
/// rules, by what the field was read for. A measurement for the benchmark (`prosperity-bench
/// fallbacks`), never shown to a user: a fallback gives the same value, only more slowly.
///
/// A field whose bytes settle that it is wrong (a status that is no status word, a date that is
/// no date) is not a fallback: its text is made only to be quoted in the diagnostic.
package struct BytePathFallbacks: Sendable, Equatable {
  /// What the field that fell back was read for.
  package enum Kind: String, CaseIterable, Sendable {
    case id, status, date, number
  }

  /// The rows whose values were read.
  package var rows = 0
  private var counts = [Int](repeating: 0, count: Kind.allCases.count)

  /// No field fallen back yet.
  package init() {}

  /// How many fields of `kind` fell back.
  package subscript(kind: Kind) -> Int { counts[index(kind)] }

  /// How many fields fell back, of every kind.
  package var total: Int { counts.reduce(0, +) }

  mutating func count(_ kind: Kind, times: Int = 1) { counts[index(kind)] += times }

  /// Adds what `other` counted.
  package mutating func add(_ other: BytePathFallbacks) {
    rows += other.rows
    for kind in Kind.allCases { counts[index(kind)] += other[kind] }
  }

  private func index(_ kind: Kind) -> Int {
    switch kind {
    case .id: 0
    case .status: 1
    case .date: 2
    case .number: 3
    }
  }
}
