import ProsperityModel

/// Characters that take no space on screen: zero-width spaces and joiners, direction marks and
/// embeddings, and a byte order mark inside a field. Word, Outlook and Hebrew keyboards slip them
/// around Latin text in a right-to-left paragraph, so an id pasted from a document may carry one.
///
/// In an id they are removed, with a warning at the first one, rather than rejecting the row: the
/// person fixing the file could not see what to fix, an activity row without a usable id would
/// cost its engine every activity total of the quarter, and what is left is exactly the id its
/// reader sees, so `TOU-004` and `TOU-004` followed by a right-to-left mark are one activity.
enum InvisibleCharacters {
  static func contains(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF, 0x061C: true
    default: false
    }
  }

  /// What was removed from a text: the first invisible character, where it stood (in Unicode
  /// scalars from the text's start), and how many there were.
  struct Removal: Equatable {
    let first: Unicode.Scalar
    let offset: Int
    let count: Int

    /// `U+200F RIGHT-TO-LEFT MARK`.
    var firstName: String {
      let hex = String(first.value, radix: 16, uppercase: true)
      let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      return first.properties.name.map { code + " " + $0 } ?? code
    }
  }

  /// `text` without its invisible characters, and what was removed (`nil` when nothing was).
  static func removing(from text: String) -> (String, Removal?) {
    // Every one of them is beyond ASCII, and most ids are ASCII.
    guard text.utf8.contains(where: { $0 >= 0x80 }) else { return (text, nil) }
    var kept = String.UnicodeScalarView()
    var removal: Removal?
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      if contains(scalar) {
        removal = Removal(
          first: removal?.first ?? scalar, offset: removal?.offset ?? offset,
          count: (removal?.count ?? 0) + 1)
      } else {
        kept.append(scalar)
      }
    }
    guard let removal else { return (text, nil) }
    return (TableRecord.trimmed(String(kept)), removal)
  }
}

extension TableRecord {
  /// The id in `column`, trimmed and without invisible characters (see ``InvisibleCharacters``);
  /// each removal is a warning at the first character removed.
  func id(_ column: String, log: inout DiagnosticLog, quarter: Quarter? = nil) -> String {
    id(at: index(of: column), column, log: &log, quarter: quarter)
  }

  /// The id at `index`, the field of `column`, as ``id(_:log:quarter:)`` reads it.
  func id(at index: Int?, _ column: String, log: inout DiagnosticLog, quarter: Quarter?) -> String {
    let (id, removal) = InvisibleCharacters.removing(from: self[at: index])
    if let removal {
      log.warning(
        Messages.invisibleInID(id, removal), at: location(column, offset: removal.offset),
        quarter: quarter)
    }
    return id
  }

  /// The id at `index` without invisible characters, with no word said: for reading again a
  /// row whose id was reported the first time.
  func quietID(at index: Int?) -> String {
    InvisibleCharacters.removing(from: self[at: index]).0
  }
}
