import ProsperityIndicators
import ProsperityInput
import ProsperityModel
import ProsperityStore

/// What the commands say about their own work, in Hebrew and English.
extension JobText {
  /// A required catalog file that defines nothing (exit 66).
  static func catalogDefinesNothing(_ reason: InputsMissing.Reason) -> LocalizedText? {
    switch reason {
    case .notFound: return nil
    case .definesNoEngine:
      return LocalizedText(
        he: "הקטלוג אינו מגדיר אף מנוע: דבר לא נכתב",
        en: "the catalog defines no engine: nothing was written")
    case .definesNoIndicator:
      return LocalizedText(
        he: "הקטלוג אינו מגדיר אף מדד: דבר לא נכתב",
        en: "the catalog defines no indicator: nothing was written")
    }
  }
  static func quarterMissing(_ quarter: Quarter) -> LocalizedText {
    LocalizedText(
      he: "אין תיקיית קלט לרבעון \(quarter)", en: "there is no input folder for \(quarter)")
  }
  static func cannotWrite(_ reason: String) -> LocalizedText {
    LocalizedText(he: "לא ניתן לכתוב את הדוח: \(reason)", en: "cannot write the report: \(reason)")
  }
  static func wrote(_ path: String) -> LocalizedText {
    LocalizedText(he: "נכתב \(path)", en: "wrote \(path)")
  }
  /// An engine pack carried into the new publication as it was: made from the same basis.
  static func keptUnchanged(_ path: String) -> LocalizedText {
    LocalizedText(
      he: "נשמר ללא שינוי (נבנה מאותם נתונים) \(path)", en: "kept unchanged (same basis) \(path)")
  }
  static func libraryFailed(_ reason: String) -> LocalizedText {
    LocalizedText(
      he: "ספרייה נכשלה, דבר לא פורסם: \(reason)",
      en: "a library failed, nothing was published: \(reason)")
  }
  static func busy(_ lock: String) -> LocalizedText {
    LocalizedText(
      he: "ריצה אחרת פועלת כעת על תיקיית הדוחות (\(lock)); נסו שוב מאוחר יותר",
      en: "another run is writing the reports folder (\(lock)); try again later")
  }
  static func upToDate(_ count: Int) -> LocalizedText {
    count == 1
      ? LocalizedText(
        he: "אין מה לבנות: הרבעון היחיד מעודכן", en: "nothing to do: the one quarter is up to date")
      : LocalizedText(
        he: "אין מה לבנות: כל \(count) הרבעונים מעודכנים",
        en: "nothing to do: all \(count) quarters are up to date")
  }
  static func wouldRebuild(_ quarter: Quarter, _ decision: BuildDecision) -> LocalizedText {
    let (he, en): (String, String)
    switch decision {
    case .upToDate: (he, en) = ("מעודכן", "up to date")
    case .forced: (he, en) = ("נדרשה בנייה מחדש (--force)", "rebuild forced (--force)")
    case .neverBuilt: (he, en) = ("טרם נבנה", "never built")
    case .optionsChanged:
      (he, en) = ("השפה או גרסת הכלי השתנו", "the language or the tool version changed")
    case .outputsMissing(let files):
      let list = files.joined(separator: ", ")
      (he, en) = ("חסרים דוחות: \(list)", "reports missing: \(list)")
    case .outputsChanged(let files):
      let list = files.joined(separator: ", ")
      (he, en) = (
        "דוחות השתנו מאז שנכתבו: \(list)", "reports changed since they were written: \(list)"
      )
    case .inputsChanged(let files):
      let list = files.joined(separator: ", ")
      (he, en) = ("קלט השתנה: \(list)", "inputs changed: \(list)")
    }
    return LocalizedText(
      he: "\(quarter): ייבנה מחדש – \(he)", en: "\(quarter): would rebuild – \(en)")
  }
}
