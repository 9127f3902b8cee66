/// How an accumulating indicator's annual target is spread over the year, for "expected by now".
package enum Phasing: String, CaseIterable, Sendable {
  /// An equal share each quarter: the annual target × n/4.
  case linear
  /// The share of the previous year's total reached by the same quarter (tourism is seasonal);
  /// n/4 when there is no full previous year.
  case seasonal
}
