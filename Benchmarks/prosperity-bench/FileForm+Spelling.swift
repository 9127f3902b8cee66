import Foundation

/// How a form spells each value, and the bytes it saves text as.
extension FileForm {
  /// The status words the generator draws from (English and Hebrew, as the clean set has them).
  static let drawnStatuses = [
    "planned", "active", "completed", "delayed", "cancelled", "פעיל", "הושלם", "מתעכב",
  ]
  private static let english = ["planned", "active", "completed", "delayed", "cancelled"]
  private static let hebrew = ["מתוכנן", "פעיל", "הושלם", "מתעכב", "בוטל"]

  func status(_ drawn: String) -> String {
    let index = Self.english.firstIndex(of: drawn) ?? Self.hebrew.firstIndex(of: drawn)!
    switch statuses {
    case .asDrawn: return drawn
    case .englishLowercase: return Self.english[index]
    case .englishCapitalised: return Self.english[index].capitalized
    case .hebrew: return Self.hebrew[index]
    }
  }

  /// The start date of the row at `index`.
  func date(year: Int, month: Int, day: Int, index: Int) -> String {
    let iso = String(format: "%d-%02d-%02d", year, month, day)
    let dayFirst = String(format: "%02d/%02d/%d", day, month, year)
    switch dates {
    case .alternating: return index % 2 == 0 ? iso : dayFirst
    case .iso: return iso
    case .dayFirst: return dayFirst
    case .dayFirstShort: return "\(day)/\(month)/\(year)"
    }
  }

  static func amount(_ value: Int, _ form: Amount) -> String {
    switch form {
    case .plain: return String(value)
    case .grouped: return "\"\(grouped(value))\""
    case .shekelPrefixed: return "\"₪\(grouped(value))\""
    case .shekelSpaced: return "\"₪ \(grouped(value)).00\""
    case .dollarPrefixed: return "\"$\(grouped(value))\""
    }
  }

  /// A rate given in tenths of a percent (725 is 72.5 %).
  func rate(tenthsOfPercent value: Int) -> String {
    switch rate {
    case .percentSign: return "\(value / 10).\(value % 10)%"
    case .fraction: return String(format: "%.3f", Double(value) / 1000)
    }
  }

  func title(_ text: String) -> String {
    let doubled = "\"\(text.replacingOccurrences(of: "\"", with: "\"\""))\""
    switch titles {
    case .alwaysQuoted: return doubled
    case .excel: return text.contains(",") || text.contains("\"") ? doubled : text
    case .bareQuotes: return text.contains(",") ? doubled : text
    }
  }

  /// What the file starts with: a byte order mark, or nothing.
  var preamble: [UInt8] { encoding == .utf8WithBOM ? [0xEF, 0xBB, 0xBF] : [] }

  /// `text` in the form's encoding and line ends; `text` ends its lines with LF.
  func bytes(_ text: String) -> [UInt8] {
    let lines = lineEnd == "\n" ? text : text.replacingOccurrences(of: "\n", with: lineEnd)
    switch encoding {
    case .utf8, .utf8WithBOM: return Array(lines.utf8)
    case .windows1255: return Windows1255Bytes.encode(lines)
    }
  }

  /// `1,234,567`.
  static func grouped(_ value: Int) -> String {
    let digits = String(value)
    var groups: [Substring] = []
    var end = digits.endIndex
    while end > digits.startIndex {
      let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
      groups.insert(digits[start..<end], at: 0)
      end = start
    }
    return groups.joined(separator: ",")
  }
}

/// The Hebrew Windows code page for the characters the generator writes, from the code page's
/// published table (not from the reader's, which the benchmark checks).
enum Windows1255Bytes {
  static func encode(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0..<0x80: bytes.append(UInt8(scalar.value))
      // Alef to tav.
      case 0x05D0...0x05EA: bytes.append(UInt8(scalar.value - 0x05D0 + 0xE0))
      case 0x20AA: bytes.append(0xA4)  // ₪
      case 0x2013: bytes.append(0x96)  // en dash
      case 0x2014: bytes.append(0x97)  // em dash
      default:
        preconditionFailure(
          "U+\(String(scalar.value, radix: 16)) is not in the generator's windows-1255 table")
      }
    }
    return bytes
  }
}
