import ProsperityModel

/// What the checks of units say: a unit that looks mistyped, and a value written in a form its
/// unit contradicts.
extension Messages {
  /// Messages quote what was in the file; a hostile field must not make a message megabytes long.
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: Shortened.text(he, limit: 600), en: Shortened.text(en, limit: 600))
  }

  /// Whose unit a value contradicts, and what becomes of its row.
  enum UnitOwner {
    /// A measure's value in a KPI file, or a target or baseline of an indicator: the row is
    /// rejected. `catalogFile` is where the unit is set.
    case catalog(id: String, catalogFile: String)
    /// An activity file's amount column: the row stays listed, marked.
    case activityColumn(String)
  }

  static func valueContradictsUnit(
    _ value: String, form: ValueForm, read number: Double, unit: MeasureUnit, owner: UnitOwner
  ) -> LocalizedText {
    let (formHe, formEn): (String, String)
    switch form {
    case .percent: (formHe, formEn) = ("הוא אחוז", "is a percentage")
    case .shekels: (formHe, formEn) = ("הוא בשקלים", "is in shekels")
    case .dollars: (formHe, formEn) = ("הוא בדולרים", "is in dollars")
    case .plain: (formHe, formEn) = ("אין בו סימן %", "has no % sign")
    }
    let (unitHe, unitEn) = (unit.label.hebrew, unit.label.english)
    let (whoseHe, whoseEn): (String, String)
    let (endHe, endEn): (String, String)
    switch owner {
    case .catalog(let id, let file):
      (whoseHe, whoseEn) = ("היחידה של \(id) היא \(unitHe)", "the unit of \(id) is \(unitEn)")
      (endHe, endEn) = (
        " (או תקנו את היחידה ב-\(file)); השורה נדחתה",
        " (or correct the unit in \(file)); the row was rejected"
      )
    case .activityColumn(let column):
      (whoseHe, whoseEn) =
        unit == .count
        ? ("\(column) הוא ספירה", "\(column) is a count")
        : ("\(column) נמדד ב-\(unitHe)", "\(column) is in \(unitEn)")
      (endHe, endEn) = (
        "; השורה נשארת ברשימה, מסומנת, והסיכומים הזקוקים לשדה זה אינם מדווחים",
        "; the row stays listed, marked, and the totals that need this field have no value"
      )
    }
    let (fixHe, fixEn) = advice(value, form: form, read: number, unit: unit)
    return text(
      "'\(value)' \(formHe), אך \(whoseHe): \(fixHe)\(endHe)",
      "'\(value)' \(formEn), but \(whoseEn): \(fixEn)\(endEn)")
  }

  private static func advice(
    _ value: String, form: ValueForm, read number: Double, unit: MeasureUnit
  )
    -> (String, String)
  {
    switch (form, unit) {
    case (.plain, _):
      let percent = value + "%"
      let fraction = NumberText.plain(number / 100)
      let hundredfold = NumberText.plain(number * 100) + "%"
      return (
        "כתבו \(percent) או את השבר \(fraction) (\(value) ייקרא כ-\(hundredfold))",
        "write \(percent) or the fraction \(fraction) (\(value) would read as \(hundredfold))"
      )
    case (.percent, _):
      return ("כתבו את הערך ללא %", "write the value without %")
    case (_, .ils), (_, .usd):
      return (
        "כתבו את הסכום ב-\(unit.label.hebrew) או ללא סימן מטבע",
        "write the amount in \(unit.label.english) or without a currency sign"
      )
    default:
      return ("כתבו את הערך ללא סימן מטבע", "write the value without a currency sign")
    }
  }
}
