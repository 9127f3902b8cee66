import ProsperityModel

/// What is said of an id that held invisible characters.
extension Messages {
  static func invisibleInID(_ id: String, _ removal: InvisibleCharacters.Removal) -> LocalizedText {
    let more = removal.count - 1
    let (othersHe, othersEn) =
      more == 0
      ? ("", "")
      : (
        " ועוד \(more) תווים בלתי נראים",
        " and \(more) more invisible character\(more == 1 ? "" : "s")"
      )
    return LocalizedText(
      he: Shortened.text(
        "במזהה '\(id)' היה תו בלתי נראה \(removal.firstName)\(othersHe), כפי שמדביקים מ-Word או ממסמך בעברית; הוא הוסר והמזהה נקרא '\(id)'",
        limit: 600),
      en: Shortened.text(
        "the id '\(id)' held an invisible character \(removal.firstName)\(othersEn), as text pasted from Word or a Hebrew document does; it was removed, and the id read as '\(id)'",
        limit: 600))
  }
}
