import ProsperityModel

extension JobText {
  static func unknownEngine(_ id: String, known: [String]) -> LocalizedText {
    let list = known.joined(separator: ", ")
    return LocalizedText(
      he: "אין מנוע בשם '\(id)' בקטלוג (המנועים: \(list))",
      en: "there is no engine '\(id)' in the catalog (the engines: \(list))")
  }
}
