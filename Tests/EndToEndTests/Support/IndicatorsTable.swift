import Foundation

/// The indicators CSV the binary wrote, read back by column name. The tool's ids and numbers never
/// need quoting, so a plain split is enough here (a quoted field would fail the header check).
struct IndicatorsTable {
  static let header =
    "engine,indicator,quarter,value,ytd_value,target,expected,attainment,status,previous_value,"
    + "qoq_change,year_ago_value,yoy_change,baseline,baseline_year,progress_from_baseline,comment,"
    + "target_period,basis,annual_target,projected_year_end,projected_attainment,outlook,"
    + "projection_method"

  let headerLine: String
  let rows: [[String: String]]
  let order: [String]

  init(_ text: String) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    headerLine = lines.first ?? ""
    let names = headerLine.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    rows = lines.dropFirst().map { line in
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      var row: [String: String] = [:]
      for (index, name) in names.enumerated() where index < fields.count {
        row[name] = fields[index]
      }
      row["#fields"] = String(fields.count)
      return row
    }
    order = rows.map { $0["indicator"] ?? "" }
  }

  func row(_ indicator: String) -> [String: String]? {
    rows.first { $0["indicator"] == indicator }
  }
}

/// Whether `text` holds `inf`, `infinity` or `nan` as a whole token, in any case.
func containsNonFiniteToken(_ text: String) -> Bool {
  let tokens = text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }
  return tokens.contains { token in
    let bare = token.trimmingCharacters(in: CharacterSet(charactersIn: "-+."))
    return bare == "inf" || bare == "infinity" || bare == "nan"
  }
}
