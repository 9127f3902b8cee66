import ProsperityModel

extension Messages {
  /// Messages quote what was in the file; a hostile field must not make a message megabytes long.
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: Shortened.text(he, limit: 600), en: Shortened.text(en, limit: 600))
  }

  // MARK: Files
  static func badNumber(_ value: String) -> LocalizedText {
    text(
      "הערך '\(value)' אינו מספר (למשל 1234, 1,234, 85%, ₪1,250); השורה נדחתה",
      "'\(value)' is not a number (e.g. 1234, 1,234, 85%, ₪1,250); the row was rejected")
  }
  /// An activity's amount: unlike a KPI value's, its row is kept (see ``ActivityFileReader``).
  static func badActivityNumber(_ value: String) -> LocalizedText {
    text(
      "הערך '\(value)' אינו מספר (למשל 1234, 1,234, ₪1,250); השורה נשארת ברשימה, מסומנת, והסיכומים הזקוקים לשדה זה אינם מדווחים",
      "'\(value)' is not a number (e.g. 1234, 1,234, ₪1,250); the row stays listed, marked, and the totals that need this field have no value"
    )
  }
  static func badDate(_ value: String) -> LocalizedText {
    text(
      "'\(value)' אינו תאריך (2026-07-05 או 05/07/2026)",
      "'\(value)' is not a date (2026-07-05 or 05/07/2026)")
  }
  static func badStatus(_ value: String) -> LocalizedText {
    text(
      "סטטוס לא מוכר '\(value)' (מתוכנן | פעיל | הושלם | מתעכב | בוטל)",
      "unknown status '\(value)' (planned | active | completed | delayed | cancelled)")
  }

  // MARK: KPI files
  static func derivedMeasureReported(_ id: String) -> LocalizedText {
    text(
      "\(id) מחושב מקובץ הפעילויות ואינו מדווח בקובץ המדדים; השורה נדחתה",
      "\(id) is computed from the activity file, not reported in the KPI file; the row was rejected"
    )
  }
  static func measureOfOtherEngine(_ id: String, _ engine: String) -> LocalizedText {
    text(
      "המדד '\(id)' שייך למנוע '\(engine)'; השורה נדחתה",
      "the measure '\(id)' belongs to the engine '\(engine)'; the row was rejected")
  }
  static func unknownLocality(_ name: String) -> LocalizedText {
    text("רשות לא מוכרת '\(name)'; השורה נדחתה", "unknown locality '\(name)'; the row was rejected")
  }
  static func duplicateRow(_ id: String) -> LocalizedText {
    text(
      "שורה כפולה למדד '\(id)'; למדד אין ערך ברבעון",
      "a duplicate row for '\(id)'; the measure has no value this quarter")
  }
  static func mixedRows(_ id: String) -> LocalizedText {
    text(
      "המדד '\(id)' דווח גם לכל האזור וגם לפי רשות; למדד אין ערך ברבעון",
      "'\(id)' is reported both region-wide and per locality; the measure has no value this quarter"
    )
  }
  static func valueNotReported(_ id: String) -> LocalizedText {
    text("לא דווח ערך ל-\(id) (ריק או n/a)", "no value reported for \(id) (empty or n/a)")
  }
  static func unreadableValue(_ id: String) -> LocalizedText {
    text("הערך של \(id) אינו קריא", "the value of \(id) cannot be read")
  }
  static func measureNotInFile(_ id: String) -> LocalizedText {
    text("המדד \(id) חסר בקובץ", "the measure \(id) is missing from the file")
  }
  static func localityMissing(_ id: String, _ locality: LocalizedText) -> LocalizedText {
    text(
      "אין ערך ל-\(id) ב\(locality.hebrew); הסכום האזורי לא דווח",
      "no value of \(id) for \(locality.english); the region's total is not reported")
  }

  // MARK: Activity files
  static func duplicateActivity(_ id: String) -> LocalizedText {
    text(
      "הפעילות '\(id)' מופיעה פעמיים; השורה נדחתה",
      "the activity '\(id)' appears twice; the row was rejected")
  }
  static func activityFieldNotReported(_ id: String, _ column: String) -> LocalizedText {
    text("בפעילות \(id) השדה '\(column)' ריק", "the activity \(id) has no '\(column)'")
  }
  static func endBeforeStart(_ id: String) -> LocalizedText {
    text("בפעילות \(id) תאריך הסיום קודם לתאריך ההתחלה", "the activity \(id) ends before it starts")
  }
  static func activityGap(id: String, line: Int) -> LocalizedText {
    text(
      "חסר נתון בפעילות \(id) (שורה \(line)); הסכום אינו מדווח",
      "the activity \(id) (line \(line)) lacks this figure; the total is not reported")
  }
  static func activityUncountable(line: Int) -> LocalizedText {
    text(
      "שורת פעילות ללא מזהה תקין (שורה \(line)); סיכומי הפעילויות אינם מדווחים",
      "an activity row without a usable id (line \(line)); activity totals are not reported")
  }

  // MARK: Computation
  static func undecodable(_ failure: TextDecoding.Failure) -> LocalizedText {
    let hex = "0x" + String(failure.byte, radix: 16, uppercase: true)
    switch failure.reason {
    case .nulByte:
      return LocalizedText(
        he: "הקובץ מכיל בית NUL: זה אינו קובץ טקסט",
        en: "the file holds a NUL byte: it is not a text file")
    case .invalidUTF8AfterBOM:
      return LocalizedText(
        he: "הקובץ מסומן כ-UTF-8 אך הבית \(hex) אינו UTF-8 תקין",
        en: "the file is marked UTF-8 but byte \(hex) is not valid UTF-8")
    case .invalidUTF8:
      return LocalizedText(
        he: "הקובץ בקידוד UTF-8, אך הבית \(hex) אינו UTF-8 תקין (והקובץ אינו windows-1255)",
        en: "the file is UTF-8, but byte \(hex) is not valid UTF-8 (nor is the file windows-1255)")
    case .undefinedInWindows1255:
      return LocalizedText(
        he: "הקובץ אינו בקידוד נתמך (UTF-8 או windows-1255): בית \(hex)",
        en: "the file is in no supported encoding (UTF-8 or windows-1255): byte \(hex)")
    case .utf16:
      return LocalizedText(
        he:
          "הקובץ בקידוד UTF-16 (\"טקסט Unicode\" של Excel), שאינו נקרא: פתחו אותו ב-Excel ושמרו אותו ב\"שמירה בשם\" כ-CSV UTF-8 (Comma delimited), או כ-CSV (Comma delimited), שהוא windows-1255 ב-Windows בעברית",
        en:
          "the file is UTF-16 (Excel's \"Unicode Text\"), which is not read: open it in Excel and use Save As with \"CSV UTF-8 (Comma delimited)\", or \"CSV (Comma delimited)\", which is windows-1255 on Hebrew Windows"
      )
    }
  }
  static func csvProblem(_ kind: CSVIssue.Kind) -> LocalizedText {
    switch kind {
    case .unterminatedQuote:
      return LocalizedText(
        he: "מירכאות שנפתחו ולא נסגרו עד סוף הקובץ", en: "a quote is opened and never closed")
    case .textAfterClosingQuote:
      return LocalizedText(
        he: "טקסט אחרי מירכאות סוגרות; נשמר כפי שהוא",
        en: "text after a closing quote; kept as it is")
    }
  }
  static func fieldTooLong(_ characters: Int) -> LocalizedText {
    LocalizedText(
      he: "שדה ארוך מדי (\(characters) תווים; המגבלה של Excel היא 32,767); השורה נדחתה",
      en:
        "a field is too long (\(characters) characters; Excel's limit is 32,767); the row was rejected"
    )
  }
  static func fileTooLarge(_ bytes: Int) -> LocalizedText {
    let megabytes = bytes / (1024 * 1024)
    return LocalizedText(
      he: "הקובץ גדול מדי (\(megabytes) MiB; המגבלה 256 MiB); לא נקרא",
      en: "the file is too large (\(megabytes) MiB; the limit is 256 MiB); not read")
  }
}
