extension MeasureUnit {
  /// The unit as reports name it: a sign or a word for the known units, the catalog's own text
  /// for any other.
  package var label: LocalizedText {
    switch self {
    case .count: return LocalizedText(he: "מספר", en: "count")
    case .ils: return LocalizedText(he: "₪", en: "₪")
    case .usd: return LocalizedText(he: "$", en: "$")
    case .percent: return LocalizedText(he: "אחוז", en: "percent")
    case .ratio: return LocalizedText(he: "יחס", en: "ratio")
    case .other(let text): return LocalizedText(he: text, en: text)
    }
  }
}
