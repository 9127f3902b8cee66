import ProsperityModel

/// What the commands say of the folders `--inputs` and `--reports` name.
extension JobText {
  static func emptyFolderOption(_ option: String) -> LocalizedText {
    option == "--inputs"
      ? LocalizedText(
        he:
          "--inputs ריק: ציינו את תיקיית הקלט, זו שמכילה את engines.csv ואת תיקיות הרבעונים (למשל --inputs Inputs)",
        en:
          "--inputs is empty: give the inputs folder, the one that holds engines.csv and the quarter folders (e.g. --inputs Inputs)"
      )
      : LocalizedText(
        he: "--reports ריק: ציינו את התיקייה שאליה נכתבים הדוחות (למשל --reports Reports)",
        en:
          "--reports is empty: give the folder the reports are written to (e.g. --reports Reports)")
  }
  static func reportsIsAFile(_ path: String) -> LocalizedText {
    LocalizedText(
      he:
        "\(path) הוא קובץ ולא תיקייה: --reports מקבל את התיקייה שאליה נכתבים הדוחות (למשל --reports Reports)",
      en:
        "\(path) is a file, not a folder: --reports takes the folder the reports are written to (e.g. --reports Reports)"
    )
  }
  static func inputsIsAFile(_ path: String) -> LocalizedText {
    LocalizedText(
      he:
        "\(path) הוא קובץ ולא תיקייה: --inputs מקבל את תיקיית הקלט, זו שמכילה את engines.csv ואת תיקיות הרבעונים (למשל --inputs Inputs)",
      en:
        "\(path) is a file, not a folder: --inputs takes the inputs folder, the one that holds engines.csv and the quarter folders (e.g. --inputs Inputs)"
    )
  }
  static func inputsFolderMissing(_ path: String) -> LocalizedText {
    LocalizedText(
      he:
        "קלט חסר: תיקיית הקלט \(path) לא נמצאה; הריצו את prosperity בתיקייה שמכילה אותה, או ציינו --inputs DIR",
      en:
        "inputs missing: the inputs folder \(path) was not found; run prosperity in the folder that holds it, or give --inputs DIR"
    )
  }
  static func catalogFileMissing(_ path: String) -> LocalizedText {
    LocalizedText(
      he:
        "קלט חסר: \(path) לא נמצא; בראש תיקיית הקלט נדרשים engines.csv, measures.csv ו-indicators.csv",
      en:
        "inputs missing: \(path) was not found; the top of the inputs folder must hold engines.csv, measures.csv and indicators.csv"
    )
  }
}
