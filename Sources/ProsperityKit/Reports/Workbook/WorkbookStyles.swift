import XlsxWriter

/// The committee workbook's look: one place for colours, fonts and number formats.
struct WorkbookStyles {
  let language: Language

  private var base: CellStyle {
    CellStyle(
      fontName: "Arial", fontSize: 10, verticalAlignment: .center,
      readingOrder: language.isRightToLeft ? .rightToLeft : .leftToRight)
  }

  var title: CellStyle {
    base.with {
      $0.bold = true
      $0.fontSize = 16
      $0.fontColor = 0x1F3864
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
      $0.fontColor = 0x1F3864
    }
  }
  var header: CellStyle {
    base.with {
      $0.bold = true
      $0.fontColor = 0xFFFFFF
      $0.backgroundColor = 0x1F3864
      $0.wrapText = true
      $0.border = .thin
      $0.borderColor = 0xBFBFBF
      $0.horizontalAlignment = .center
    }
  }
  var text: CellStyle { bordered(base) }
  var wrapped: CellStyle { bordered(base.with { $0.wrapText = true }) }
  var muted: CellStyle {
    bordered(
      base.with {
        $0.fontColor = 0x7F7F7F
        $0.italic = true
      })
  }
  var rejected: CellStyle { bordered(base.with { $0.backgroundColor = 0xFFC7CE }) }

  func number(_ unit: MeasureUnit) -> CellStyle {
    bordered(base.with { $0.numberFormat = Self.numberFormat(unit) })
  }

  var attainment: CellStyle { bordered(base.with { $0.numberFormat = "0%" }) }
  var change: CellStyle { bordered(base.with { $0.numberFormat = "+0%;-0%;0%" }) }
  var count: CellStyle { number(.count) }

  func status(_ status: Status) -> CellStyle {
    let (fill, font): (UInt32, UInt32) =
      switch status {
      case .green: (0xC6EFCE, 0x006100)
      case .amber: (0xFFEB9C, 0x9C5700)
      case .red: (0xFFC7CE, 0x9C0006)
      case .grey: (0xEDEDED, 0x595959)
      }
    return bordered(
      base.with {
        $0.backgroundColor = fill
        $0.fontColor = font
        $0.bold = true
        $0.horizontalAlignment = .center
      })
  }

  /// Excel number formats by unit; the shekel and dollar signs are quoted literals.
  static func numberFormat(_ unit: MeasureUnit) -> String {
    switch unit {
    case .count: return "#,##0"
    case .ils: return "\"₪\"#,##0"
    case .usd: return "\"$\"#,##0"
    case .percent: return "0.0%"
    case .ratio: return "0.00"
    }
  }

  private func bordered(_ style: CellStyle) -> CellStyle {
    style.with {
      $0.border = .thin
      $0.borderColor = 0xBFBFBF
    }
  }
}
