extension CellStyle {
  /// Hashes the fields that tell a workbook's few styles apart, leaving the strings' contents
  /// out: every cell written looks its style up, and hashing every field of it was a twentieth of
  /// writing a large sheet. Equality still compares every field, so styles that share a hash
  /// are never confused.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(bold)
    hasher.combine(italic)
    hasher.combine(wrapText)
    hasher.combine(fontColor)
    hasher.combine(backgroundColor)
    hasher.combine(border)
    hasher.combine(horizontalAlignment)
    hasher.combine(numberFormat?.utf8.count)
  }
}
