/// An indicator's baseline: the value before the plan's work began, and the year it was measured.
package struct Baseline: Hashable, Sendable {
  /// In the indicator's unit; for a cumulative indicator, a whole year's total.
  package let value: Double
  /// The year the baseline was measured, when given.
  package let year: Int?

  /// A baseline of `value`, measured in `year` when the file gives one.
  package init(
    value: Double, year: Int?
  ) {
    self.value = value
    self.year = year
  }
}
