import ProsperityIndicators
import ProsperityModel
import XlsxWriter

/// The committee workbook's look: one place for colours, fonts and number formats. Cells are
/// written with these styles made into the workbook's formats (``WorkbookFormats``).
package struct WorkbookStyles: Sendable {
  let language: Language

  /// Dark blue of titles and table headers.
  static let ink: UInt32 = 0x1F3864
  static let gridColor: UInt32 = 0xBFBFBF
  /// A target line in charts: a neutral grey, which no status colour is.
  static let targetColor: UInt32 = 0x7F7F7F

  var base: CellStyle {
    CellStyle(
      fontName: "Arial", fontSize: 10, verticalAlignment: .center,
      readingOrder: language.isRightToLeft ? .rightToLeft : .leftToRight)
  }

  var title: CellStyle {
    base.with {
      $0.bold = true
      $0.fontSize = 16
      $0.fontColor = Self.ink
    }
  }
  var subtitle: CellStyle {
    base.with {
      $0.fontSize = 11
      $0.fontColor = 0x595959
    }
  }
  var section: CellStyle {
    base.with {
      $0.bold = true
      $0.fontSize = 12
      $0.fontColor = Self.ink
    }
  }
  var header: CellStyle {
    base.with {
      $0.bold = true
      $0.fontColor = 0xFFFFFF
      $0.backgroundColor = Self.ink
      $0.wrapText = true
      $0.border = .thin
      $0.borderColor = Self.gridColor
      $0.horizontalAlignment = .center
    }
  }
  /// A row that names the engine of the rows below it.
  var band: CellStyle {
    bordered(
      base.with {
        $0.bold = true
        $0.backgroundColor = 0xD9E1F2
        $0.fontColor = Self.ink
      })
  }
  /// A label in the summary's header block.
  var label: CellStyle {
    base.with {
      $0.bold = true
      $0.fontColor = 0x404040
    }
  }
  var plain: CellStyle { base }
  var text: CellStyle { bordered(base) }
  var wrapped: CellStyle { bordered(base.with { $0.wrapText = true }) }
  var wrappedPath: CellStyle { path.with { $0.wrapText = true } }
  /// Short Latin text such as ids and quarters, kept left to right inside Hebrew sheets.
  var code: CellStyle {
    bordered(
      base.with {
        $0.readingOrder = .leftToRight
        $0.horizontalAlignment = .center
      })
  }
  /// Long Latin text such as paths, formulas and hashes, left to right.
  var path: CellStyle { bordered(base.with { $0.readingOrder = .leftToRight }) }
  /// A value beside its label in the summary's header block, aligned where the reader starts.
  var detail: CellStyle {
    base.with { $0.horizontalAlignment = language.isRightToLeft ? .right : .left }
  }
  var muted: CellStyle {
    bordered(
      base.with {
        $0.fontColor = 0x7F7F7F
        $0.italic = true
      })
  }
  var note: CellStyle {
    base.with {
      $0.fontColor = 0x595959
      $0.italic = true
    }
  }
  var rejected: CellStyle { bordered(base.with { $0.backgroundColor = 0xFFC7CE }) }
  /// A rejected row as it stood in the file: its fields in the file's order, left to right.
  var wrappedRejected: CellStyle {
    rejected.with {
      $0.wrapText = true
      $0.readingOrder = .leftToRight
    }
  }
  var total: CellStyle { bordered(base.with { $0.bold = true }) }

  func number(_ unit: MeasureUnit) -> CellStyle {
    bordered(base.with { $0.numberFormat = Self.numberFormat(unit) })
  }

  func totalNumber(_ unit: MeasureUnit) -> CellStyle {
    number(unit).with { $0.bold = true }
  }

  var totalPlainFraction: CellStyle { plainFraction.with { $0.bold = true } }

  var attainment: CellStyle { bordered(base.with { $0.numberFormat = "0%" }) }
  var totalAttainment: CellStyle { attainment.with { $0.bold = true } }
  /// A number as it is, for the two sides of a rule, which may be any unit.
  var plainNumber: CellStyle { count.with { $0.numberFormat = "#,##0.####" } }
  var change: CellStyle { bordered(base.with { $0.numberFormat = "+0%;-0%;0%" }) }
  /// A percentage's change in percentage points: the cell holds the points (the difference × 100).
  var pointsChange: CellStyle {
    bordered(base.with { $0.numberFormat = Self.pointsFormat(language) })
  }
  /// A ratio's change in its own units.
  var ratioChange: CellStyle {
    bordered(base.with { $0.numberFormat = "+0.00;-0.00;\"±\"0.00" })
  }
  var count: CellStyle { number(.count) }
  var date: CellStyle {
    bordered(
      base.with {
        $0.numberFormat = language.isRightToLeft ? "dd/mm/yyyy" : "yyyy-mm-dd"
        $0.horizontalAlignment = .center
      })
  }

  func status(_ status: Status) -> CellStyle {
    let colors = Self.statusColors(status)
    return bordered(
      base.with {
        $0.backgroundColor = colors.fill
        $0.fontColor = colors.font
        $0.bold = true
        $0.horizontalAlignment = .center
      })
  }

  /// An activity's budget flag: the red status's colours, wrapped.
  var flag: CellStyle { status(.red).with { $0.wrapText = true } }

  /// A rate in a status's colours.
  func statusRate(_ status: Status) -> CellStyle {
    self.status(status).with { $0.numberFormat = "0%" }
  }

  /// The fill and font of a status; the chart uses the strong colour.
  static func statusColors(_ status: Status) -> (fill: UInt32, font: UInt32, strong: UInt32) {
    switch status {
    case .green: (0xC6EFCE, 0x006100, 0x2E8B57)
    case .amber: (0xFFEB9C, 0x9C5700, 0xF2B600)
    case .red: (0xFFC7CE, 0x9C0006, 0xC0392B)
    case .grey: (0xEDEDED, 0x595959, 0xA6A6A6)
    }
  }

  /// Excel number formats by unit; the shekel and dollar signs are quoted literals. A unit of
  /// the catalog's own has plain numbers: whole ones grouped as a count's, in a format spelt
  /// apart from the count's (its negative section written out, which shows the same) so that
  /// a cell in it can be told from a count's and given decimals when it has them
  /// (``plainFractionFormat``).
  static func numberFormat(_ unit: MeasureUnit) -> String {
    switch unit {
    case .count: return "#,##0"
    case .ils: return "\"₪\"#,##0"
    case .usd: return "\"$\"#,##0"
    case .percent: return "0.0%"
    case .ratio: return "0.00"
    case .other: return "#,##0;-#,##0"
    }
  }

  /// Percentage points with their sign and unit: `+1.8 pp`, `±0.0 pp`. In Hebrew the signed
  /// number is held between left-to-right marks, or LibreOffice shows `1.8+ נק' אחוז`.
  static func pointsFormat(_ language: Language) -> String {
    let unit = ReportText.percentagePoints(language)
    guard language.isRightToLeft else {
      return "+0.0\" \(unit)\";-0.0\" \(unit)\";\"±\"0.0\" \(unit)\""
    }
    let mark = "\u{200E}"
    let tail = "\"\(mark) \(unit)\""
    return "\"\(mark)+\"0.0\(tail);\"\(mark)-\"0.0\(tail);\"\(mark)±\"0.0\(tail)"
  }

  /// A plain number that is not whole: a unit of the catalog's own may count nights per
  /// visitor, and 2.3 must not read as 2.
  static let plainFractionFormat = "#,##0.0#;-#,##0.0#"

  /// A chart's value axis: a unit's format, or for a unit of the catalog's own Excel's General,
  /// whose ticks keep their decimals.
  static func axisFormat(_ unit: MeasureUnit) -> String {
    if case .other = unit { return "General" }
    return numberFormat(unit)
  }

  var plainFraction: CellStyle {
    bordered(base.with { $0.numberFormat = Self.plainFractionFormat })
  }

  private func bordered(_ style: CellStyle) -> CellStyle {
    style.with {
      $0.border = .thin
      $0.borderColor = Self.gridColor
    }
  }
}
