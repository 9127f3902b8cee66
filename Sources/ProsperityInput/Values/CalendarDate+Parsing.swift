import ProsperityModel

/// Dates as the inputs write them.
extension CalendarDate {
  /// Reads ISO `2026-07-05` or the Israeli day-first `05/07/2026` (5 July); one-digit days and months
  /// are accepted in the day-first form.
  package init?(parsing text: String) {
    var trimmed = TableRecord.trimmed(text)
    guard let date = trimmed.withUTF8(CalendarDate.init(utf8:)) else { return nil }
    self = date
  }

  /// Reads the UTF-8 bytes of an already trimmed text, as ``init(parsing:)`` reads the text.
  package init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    // Read byte by byte, allocating nothing: dates fill two columns of every activity row.
    let separator: UInt8 =
      bytes.contains(UInt8(ascii: "-")) ? UInt8(ascii: "-") : UInt8(ascii: "/")
    var parts = (0, 0, 0)
    var lengths = (0, 0, 0)
    var index = 0
    var value = 0
    var length = 0
    func close() -> Bool {
      switch index {
      case 0: (parts.0, lengths.0) = (value, length)
      case 1: (parts.1, lengths.1) = (value, length)
      case 2: (parts.2, lengths.2) = (value, length)
      default: return false
      }
      index += 1
      (value, length) = (0, 0)
      return true
    }
    for byte in bytes {
      if byte == separator {
        guard close() else { return nil }
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") && length < 4 {
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
        length += 1
      } else {
        return nil
      }
    }
    guard close(), index == 3 else { return nil }
    if separator == UInt8(ascii: "-") {
      guard lengths == (4, 2, 2) else { return nil }
      self.init(year: parts.0, month: parts.1, day: parts.2)
    } else {
      guard (1...2).contains(lengths.0), (1...2).contains(lengths.1), lengths.2 == 4 else {
        return nil
      }
      self.init(year: parts.2, month: parts.1, day: parts.0)
    }
  }
}
