import ProsperityModel

/// The messages of reading the inputs: files, CSV, the catalog and the quarters.
extension Messages {
  /// Messages quote what was in the file; a hostile field must not make a message megabytes long.
  private static func text(_ he: String, _ en: String) -> LocalizedText {
    LocalizedText(he: Shortened.text(he, limit: 600), en: Shortened.text(en, limit: 600))
  }

  // MARK: Files
  static func cannotRead(_ path: String) -> LocalizedText {
    text("לא ניתן לקרוא את הקובץ \(path)", "cannot read the file \(path)")
  }
  static func cannotHash(_ path: String, _ reason: String) -> LocalizedText {
    text(
      "לא ניתן לחשב את טביעת SHA-256 של הקובץ \(path): \(reason)",
      "cannot compute the SHA-256 of the file \(path): \(reason)")
  }
  static let emptyFile = text(
    "הקובץ ריק: חסרה שורת כותרת", "the file is empty: it has no header row")
  static func duplicateColumn(_ name: String) -> LocalizedText {
    text("העמודה '\(name)' מופיעה פעמיים", "the column '\(name)' appears twice")
  }
  static func unknownColumn(_ name: String) -> LocalizedText {
    text("עמודה לא מוכרת '\(name)' (לא נקראה)", "unknown column '\(name)' (not read)")
  }
  static func missingColumns(_ names: [String]) -> LocalizedText {
    let list = names.joined(separator: ", ")
    return text("חסרות עמודות חובה: \(list)", "required columns are missing: \(list)")
  }
  static func tooManyFields(_ count: Int, expected: Int) -> LocalizedText {
    text(
      "בשורה \(count) שדות, יותר מ-\(expected) העמודות שבכותרת; השורה נדחתה",
      "the row has \(count) fields, more than the header's \(expected); the row was rejected")
  }
  static func optionalFileMissing(_ path: String) -> LocalizedText {
    text("הקובץ \(path) לא נמצא", "the file \(path) was not found")
  }
  static func engineFileMissing(_ path: String) -> LocalizedText {
    text("הקובץ \(path) לא הוגש", "the file \(path) was not handed in")
  }
  static func engineFileUnreadable(_ path: String) -> LocalizedText {
    text(
      "הקובץ \(path) הוגש אך לא ניתן היה לקרוא אותו (ראו את השגיאה עליו), ולכן נתוניו חסרים",
      "the file \(path) was handed in but could not be read (see its error), so its figures are missing"
    )
  }
  static func strayFile(_ path: String) -> LocalizedText {
    text(
      "הקובץ \(path) אינו שייך לאף מנוע (צפוי <מנוע>-kpis.csv, <מנוע>-activities.csv או <מנוע>-notes.csv)",
      "the file \(path) belongs to no engine (expected <engine>-kpis.csv, <engine>-activities.csv or <engine>-notes.csv)"
    )
  }
  static func notAQuarterFolder(_ path: String) -> LocalizedText {
    text(
      "התיקייה \(path) אינה נקראת: שם תיקיית רבעון הוא כמו 2026-Q3 (שנה בת ארבע ספרות, -Q ורבעון 1 עד 4; גם 2026Q3, Q3-2026 ו-Q3 2026 מתקבלים), ישירות בתוך תיקיית הקלט; שנו את שמה אם נתוניה שייכים לדוחות",
      "the folder \(path) is not read: a quarter folder is named like 2026-Q3 (a year of four digits, -Q and the quarter 1 to 4; 2026Q3, Q3-2026 and Q3 2026 are accepted too), directly in the inputs folder; rename it if its files belong in the reports"
    )
  }
  static func notACatalogFile(_ path: String, meant: String?, quarterFolder quarter: String)
    -> LocalizedText
  {
    let files = CatalogFiles.all.joined(separator: ", ")
    let (hintHe, hintEn) =
      meant.map {
        (
          " האם התכוונתם ל-\($0)? שמות הקבצים נבדקים כפי שהם, באותיות קטנות;",
          " did you mean \($0)? names are matched exactly, in lower case;"
        )
      }
      ?? ("", "")
    return text(
      "הקובץ \(path) אינו נקרא:\(hintHe) בראש תיקיית הקלט יש רק קובצי הקטלוג (\(files)), וקובצי רבעון שייכים לתיקיית הרבעון, כמו \(quarter)",
      "the file \(path) is not read:\(hintEn) the top of the inputs folder holds only the catalog files (\(files)), and a quarter's files go in its folder, such as \(quarter)"
    )
  }
  static let noQuarterFolders = text(
    "אין תיקיות רבעון (כמו 2026-Q3); לא נכתבו דוחות",
    "no quarter folders (such as 2026-Q3); no reports written")
  static let strayRow = text(
    "שורה מקובץ שאינו שייך לאף מנוע; לא נקראה",
    "a row of a file that belongs to no engine; not read")
  static func duplicateQuarterFolder(_ quarter: String, _ other: String) -> LocalizedText {
    text(
      "תיקייה נוספת לרבעון \(quarter) (כבר נקראה \(other)); לא נקראה",
      "a second folder for \(quarter) (\(other) was read); not read")
  }
  static func quarterOutOfRange(_ quarter: Quarter) -> LocalizedText {
    let range = quarter.outsideReportableRange
    return text(range.hebrew + "; התיקייה לא נקראה", range.english + "; its folder is not read")
  }

  // MARK: Catalog

  static func missingField(_ column: String) -> LocalizedText {
    text(
      "השדה '\(column)' ריק; השורה נדחתה", "the field '\(column)' is empty; the row was rejected")
  }
  /// An id outside `[a-z0-9_.-]` or not starting with a letter.
  package static func badIdentifier(_ id: String) -> LocalizedText {
    text(
      "מזהה לא תקין '\(id)': מותרים a-z, 0-9, _ . - בלבד, ובתחילתו אות",
      "invalid id '\(id)': only a-z, 0-9, _ . - are allowed, starting with a letter")
  }
  static let missingName = text(
    "חסר שם בעברית או באנגלית", "the Hebrew or English name is missing")
  static func unknownEngine(_ id: String) -> LocalizedText {
    text("מנוע לא מוכר '\(id)'", "unknown engine '\(id)'")
  }
  static func duplicateID(_ id: String) -> LocalizedText {
    text(
      "המזהה '\(id)' כבר הוגדר; השורה נדחתה",
      "the id '\(id)' is already defined; the row was rejected")
  }
  static func reservedMeasureID(_ id: String) -> LocalizedText {
    text(
      "המזהה '\(id)' שמור למדדי הפעילויות (activities.*)",
      "the id '\(id)' is reserved for the activity measures (activities.*)")
  }
  static func unitLooksMistyped(_ unit: String, _ known: MeasureUnit) -> LocalizedText {
    text(
      "היחידה '\(unit)' נראית כמו '\(known.rawValue)' בשגיאת הקלדה: המספרים מוצגים כמספרים פשוטים ו-'\(unit)' לצדם; אם התכוונתם ל-\(known.rawValue), תקנו את עמודת unit",
      "the unit '\(unit)' looks like a mistyped '\(known.rawValue)': its numbers are shown plain, with '\(unit)' beside them; if \(known.rawValue) was meant, correct the unit column"
    )
  }
  static func emptyUnit(_ id: String) -> LocalizedText {
    text(
      "היחידה של '\(id)' ריקה: המספרים מוצגים כמספרים פשוטים, ללא יחידה; כתבו count, ils, usd, percent, ratio או את שם היחידה (למשל people)",
      "the unit of '\(id)' is empty: its numbers are shown plain, without a unit; write count, ils, usd, percent, ratio or the unit's name (e.g. people)"
    )
  }
  static func badKind(_ kind: String) -> LocalizedText {
    text("סוג לא מוכר '\(kind)' (flow | stock)", "unknown kind '\(kind)' (flow | stock)")
  }
  static func badDirection(_ direction: String) -> LocalizedText {
    text("כיוון לא מוכר '\(direction)' (up | down)", "unknown direction '\(direction)' (up | down)")
  }
  static func badYesNo(_ value: String) -> LocalizedText {
    text("ערך לא מוכר '\(value)' (yes | no)", "unknown value '\(value)' (yes | no)")
  }
  static func unknownMeasureInFormula(_ id: String) -> LocalizedText {
    text(
      "הנוסחה משתמשת במדד לא מוכר '\(id)' (לחיסור בין מדדים יש לכתוב רווחים סביב '-')",
      "the formula uses an unknown measure '\(id)' (to subtract measures, put spaces around '-')")
  }
  static func unknownIndicator(_ id: String) -> LocalizedText {
    text("מדד-על (אינדיקטור) לא מוכר '\(id)'", "unknown indicator '\(id)'")
  }
  static func badPeriod(_ period: String) -> LocalizedText {
    text(
      "תקופה לא תקינה '\(period)' (שנה כמו 2026 או רבעון כמו 2026-Q3)",
      "invalid period '\(period)' (a year such as 2026 or a quarter such as 2026-Q3)")
  }
  static func emptyTarget(_ id: String, _ period: String) -> LocalizedText {
    text("היעד של \(id) ל-\(period) ריק", "the target of \(id) for \(period) is empty")
  }
  static func duplicateTarget(_ id: String, _ period: String) -> LocalizedText {
    text(
      "יעד שני ל-\(id) ב-\(period); השורה נדחתה",
      "a second target for \(id) in \(period); the row was rejected")
  }
  static func unknownSetting(_ name: String) -> LocalizedText {
    text(
      "הגדרה לא מוכרת '\(name)' (\(knownSettings))",
      "unknown setting '\(name)' (\(knownSettings))")
  }
  static let knownSettings =
    "status.green_at, status.amber_at, outliers.z_threshold, outliers.jump_ratio, "
    + "outliers.min_history, timeliness.due_days, timeliness.use_file_times"
  static func badThresholds(green: Double, amber: Double, blamed: String) -> LocalizedText {
    let (g, a) = (NumberText.plain(green), NumberText.plain(amber))
    let (whatHe, whatEn) =
      amber < 0
      ? ("status.amber_at \(a) קטן מ-0", "status.amber_at \(a) is below 0")
      : blamed == "status.amber_at"
        ? (
          "status.amber_at \(a) גדול מ-status.green_at \(g)",
          "status.amber_at \(a) is above status.green_at \(g)"
        )
        : (
          "status.green_at \(g) קטן מ-status.amber_at \(a)",
          "status.green_at \(g) is below status.amber_at \(a)"
        )
    return text(
      "\(whatHe): נדרש 0 ≤ status.amber_at ≤ status.green_at; נשמרו ברירות המחדל (status.green_at 1, status.amber_at 0.9); תקנו את אחד משני הערכים",
      "\(whatEn): 0 ≤ status.amber_at ≤ status.green_at is required; the defaults (status.green_at 1, status.amber_at 0.9) were kept; correct one of the two values"
    )
  }
  static func repeatedSetting(_ name: String, firstLine: Int) -> LocalizedText {
    text(
      "ההגדרה \(name) מופיעה פעמיים (לראשונה בשורה \(firstLine)); הערך הראשון נשמר והשורה הזאת נדחתה: מחקו אחת משתי השורות",
      "the setting \(name) is given twice (first on line \(firstLine)); the first value is kept and this row was rejected: remove one of the two rows"
    )
  }

  // MARK: Formulas
  static func formulaUnexpected(_ found: String) -> LocalizedText {
    text("תו לא צפוי '\(found)' בנוסחה", "unexpected '\(found)' in the formula")
  }
  static let formulaEndsEarly = text("הנוסחה נקטעת באמצע", "the formula ends too early")
  static let formulaUnclosedParenthesis = text(
    "סוגריים שנפתחו ולא נסגרו", "a parenthesis is opened and never closed")
  static func formulaBadNumber(_ number: String) -> LocalizedText {
    text("מספר לא תקין '\(number)' בנוסחה", "invalid number '\(number)' in the formula")
  }
}
