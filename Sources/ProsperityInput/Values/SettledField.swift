/// What a field's bytes settle about the value it holds, when they settle it: the value the
/// `String` rules give its text, or that the text has none.
enum SettledField<Value> {
  case value(Value)
  /// Nothing once trimmed.
  case empty
  /// Text that is no value of the kind: the diagnostic quotes it, made from the bytes then.
  case invalid
}
