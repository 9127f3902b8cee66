import ArgumentParser

/// Which spellings the generated inputs use.
enum InputMix: String, CaseIterable, ExpressibleByArgument {
  /// Each engine's files as its manager's spreadsheet saves them (``FileForm/realistic(_:)``).
  case realistic
  /// Every file as the first benchmarks had it: UTF-8, LF, plain numbers (``FileForm/clean``).
  case clean
}

/// How one engine's two quarterly files are spelled. The values are the same whatever the form
/// (the same random draws), so a realistic set holds the clean set's data in other bytes: the
/// same activities, totals and workbook cells.
struct FileForm {
  enum Encoding { case utf8, utf8WithBOM, windows1255 }
  enum Statuses {
    /// The word drawn for the row, English or Hebrew, as the clean set has it.
    case asDrawn
    case englishCapitalised
    case englishLowercase
    case hebrew
  }
  enum Dates {
    /// ISO on even rows, `05/07/2026` on odd ones, as the clean set has them.
    case alternating
    case iso
    /// `05/07/2026`.
    case dayFirst
    /// `5/7/2026`, Excel's short date.
    case dayFirstShort
  }
  enum Amount {
    case plain
    /// `"57,300"`.
    case grouped
    /// `"₪57,300"`.
    case shekelPrefixed
    /// `"₪ 57,300.00"`, the currency format of Hebrew Windows.
    case shekelSpaced
    /// `"$1,250,000"`.
    case dollarPrefixed
  }
  enum Percent {
    /// `72.5%`.
    case percentSign
    /// `0.725`.
    case fraction
  }
  enum Titles {
    /// Every title quoted, as the clean set has them.
    case alwaysQuoted
    /// Quoted only when it holds a comma or a quote (`"מו""פ"`), as Excel saves them.
    case excel
    /// Quoted only when it holds a comma: `מו"פ` stays bare, as hand-edited files have it.
    case bareQuotes
  }
  /// A catalogued measure the engine leaves without a value in some quarters.
  enum Gap {
    case none
    /// `n/a` for exports in every first quarter.
    case exportsNotApplicableInQ1
    /// An empty employment rate in every second quarter.
    case employmentRateEmptyInQ2
  }

  var encoding: Encoding
  var lineEnd: String
  var statuses: Statuses
  var dates: Dates
  var budgets: Amount
  var titles: Titles
  /// The per-locality participant counts of the KPI file.
  var counts: Amount
  var revenue: Amount
  /// Whether the realistic catalog's percent and dollar measures are reported (not in the clean
  /// set, whose catalog lacks them).
  var reportsExtraMeasures: Bool
  var rate: Percent
  var exports: Amount
  var gap: Gap

  /// The clean set, byte for byte as the generator wrote it before the realistic mix.
  static let clean = FileForm(
    encoding: .utf8, lineEnd: "\n", statuses: .asDrawn, dates: .alternating, budgets: .plain,
    titles: .alwaysQuoted, counts: .grouped, revenue: .shekelPrefixed, reportsExtraMeasures: false,
    rate: .fraction, exports: .plain, gap: .none)

  /// The realistic mix, fixed per engine (the README's "Speed and scale" lists it):
  /// - agritech: UTF-8 without BOM, LF (a sheet exported outside Excel); English statuses
  ///   capitalised (`Active`); ISO dates; plain amounts; `מו"פ` bare in unquoted titles; KPI
  ///   values plain, rate `0.725`.
  /// - media: windows-1255, CRLF (Excel's plain "CSV" on Hebrew Windows); English statuses; dates
  ///   `05/07/2026`; budgets `"₪57,300"`; KPI revenue `"₪1,234,567"`, rate `72.5%`, exports
  ///   `"$1,250,000"`.
  /// - rehabilitation: UTF-8 with BOM, CRLF (Excel's "CSV UTF-8"); Hebrew statuses; ISO dates;
  ///   budgets `"57,300"`; rate `72.5%`.
  /// - rahat: UTF-8 without BOM, CRLF; Hebrew statuses; dates `5/7/2026`; plain budgets; rate
  ///   `72.5%`, empty (not reported) in every second quarter.
  /// - tourism: UTF-8 with BOM, LF; statuses and dates mixed as in the clean set; budgets
  ///   `"₪ 57,300.00"`; rate `0.725`; exports `"$1,250,000"`, `n/a` (not reported) in every
  ///   first quarter.
  /// Activity files keep their numbers reported in both mixes: an empty or `n/a` amount is a
  /// warning that leaves the engine's activity total without a value, which would change the
  /// reports, not just their spelling.
  static func realistic(_ engine: String) -> FileForm {
    var form = FileForm.clean
    form.titles = .excel
    form.reportsExtraMeasures = true
    switch engine {
    case "agritech":
      form.statuses = .englishCapitalised
      form.dates = .iso
      form.titles = .bareQuotes
      (form.counts, form.revenue) = (.plain, .plain)
    case "media":
      (form.encoding, form.lineEnd) = (.windows1255, "\r\n")
      (form.statuses, form.dates, form.budgets) = (.englishLowercase, .dayFirst, .shekelPrefixed)
      (form.rate, form.exports) = (.percentSign, .dollarPrefixed)
    case "rehabilitation":
      (form.encoding, form.lineEnd) = (.utf8WithBOM, "\r\n")
      (form.statuses, form.dates, form.budgets) = (.hebrew, .iso, .grouped)
      (form.rate, form.exports) = (.percentSign, .grouped)
    case "rahat":
      form.lineEnd = "\r\n"
      (form.statuses, form.dates) = (.hebrew, .dayFirstShort)
      (form.rate, form.gap) = (.percentSign, .employmentRateEmptyInQ2)
    default:  // tourism
      form.encoding = .utf8WithBOM
      form.budgets = .shekelSpaced
      (form.exports, form.gap) = (.dollarPrefixed, .exportsNotApplicableInQ1)
    }
    return form
  }
}
