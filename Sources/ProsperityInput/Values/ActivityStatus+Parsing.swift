import Foundation
import ProsperityModel

/// Status words as the activity files write them.
extension ActivityStatus {
  /// Reads the English word or its Hebrew equivalent (מתוכנן, פעיל, הושלם, מתעכב, בוטל), in any case.
  package init?(parsing text: String) {
    if let exact = Self.byWord[text] {
      self = exact
      return
    }
    let key = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard let status = Self.allCases.first(where: { $0.rawValue == key || $0.label.hebrew == key })
    else { return nil }
    self = status
  }

  /// The exact words, looked up before any trimming or case folding.
  private static let byWord: [String: ActivityStatus] = Dictionary(
    uniqueKeysWithValues: allCases.flatMap { [($0.rawValue, $0), ($0.label.hebrew, $0)] })

  /// Reads the UTF-8 bytes of one of the exact words, as ``init(parsing:)`` finds them before
  /// trimming or folding case; `nil` for any other bytes.
  package init?(exactUTF8 bytes: UnsafeBufferPointer<UInt8>) {
    for (word, status) in Self.exactWords where FieldBytes.equal(bytes, word) {
      self = status
      return
    }
    return nil
  }

  /// Reads ASCII bytes with nothing to trim as ``init(parsing:)`` reads their text: its
  /// trimming leaves them as they are, and its case folding is ASCII's. Only the English words
  /// can match; `nil` for any other bytes.
  init?(foldingASCII bytes: UnsafeBufferPointer<UInt8>) {
    for (word, status) in Self.englishWords where word.count == bytes.count {
      var matches = true
      for index in 0..<word.count where Self.lowercase(bytes[index]) != word[index] {
        matches = false
        break
      }
      if matches {
        self = status
        return
      }
    }
    return nil
  }

  @inline(__always)
  private static func lowercase(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
  }

  /// The English words as UTF-8 (they are lowercase ASCII).
  private static let englishWords: [([UInt8], ActivityStatus)] = allCases.map {
    (Array($0.rawValue.utf8), $0)
  }

  /// The exact words as UTF-8, for reading a field without making it a string.
  private static let exactWords: [([UInt8], ActivityStatus)] = allCases.flatMap {
    [(Array($0.rawValue.utf8), $0), (Array($0.label.hebrew.utf8), $0)]
  }
}
