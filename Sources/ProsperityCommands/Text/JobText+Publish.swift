import ProsperityModel

/// What the commands say when they refuse to publish or to write where they were told.
extension JobText {
  static func notRepublished(_ loss: EngineLoss) -> LocalizedText {
    LocalizedText(
      he: "\(loss.quarter) לא פורסם מחדש: למנוע \(loss.engine) היו נשארים ערכים ל-\(loss.kept) "
        + "בלבד מתוך \(loss.published) המדדים שפורסמו להם ערכים (ראו את השגיאות לעיל); הדוחות "
        + "שפורסמו נשארו כפי שהיו. תקנו את הקלט, או הריצו שוב עם --force כדי לפרסם בכל זאת",
      en: "\(loss.quarter) was not published again: \(loss.engine) would have values for "
        + "\(loss.kept) of the \(loss.published) indicators it has published values for (see "
        + "the errors above); the published reports stay as they were. Correct the inputs, or "
        + "run again with --force to publish anyway")
  }

  static func outputInInputs(_ inputs: String) -> LocalizedText {
    LocalizedText(
      he: "--output אינו יכול לציין מקום בתיקיית הקלט (\(inputs)); דבר לא נכתב",
      en: "--output may not name a place in the inputs folder (\(inputs)); nothing was written")
  }

  static func outputInReports(_ reports: String) -> LocalizedText {
    LocalizedText(
      he: "--output אינו יכול לציין קובץ שתיקיית הדוחות (\(reports)) שומרת לעצמה: תיקיית "
        + "רבעון, השוואה שפורסמה, manifest.json או .cache; דבר לא נכתב",
      en: "--output may not name a file the reports folder (\(reports)) keeps for itself: a "
        + "quarter's folder, a published comparison, manifest.json or .cache; nothing was written")
  }

  static func foldersNested(reports: String, inputs: String) -> LocalizedText {
    LocalizedText(
      he: "תיקיית הדוחות ותיקיית הקלט אינן יכולות להיות זו בתוך זו (--reports \(reports), "
        + "--inputs \(inputs)); דבר לא נכתב",
      en: "the reports folder and the inputs folder may not lie inside one another (--reports "
        + "\(reports), --inputs \(inputs)); nothing was written")
  }
}
