/// How a cell looks, as a plain value.
///
/// Every property is optional; `nil` means "Excel's default". Equal styles share one
/// libxlsxwriter format: the ``Workbook`` keeps a cache keyed by `CellStyle`, so
/// callers simply pass a style to each write call.
public struct CellStyle: Hashable, Sendable {
  /// Horizontal placement of the cell content.
  public enum HorizontalAlignment: Hashable, Sendable {
    case left, center, right, fill, justify, centerAcrossSelection, distributed
  }

  /// Vertical placement of the cell content.
  public enum VerticalAlignment: Hashable, Sendable {
    case top, center, bottom, justify, distributed
  }

  /// Line style of the four cell borders.
  public enum Border: Hashable, Sendable {
    case none, thin, medium, thick, dashed, dotted, double, hair
  }

  /// Text direction of the cell; `.rightToLeft` suits Hebrew and Arabic text.
  public enum ReadingOrder: Hashable, Sendable {
    case context, leftToRight, rightToLeft
  }

  /// Bold font.
  public var bold: Bool?
  /// Italic font.
  public var italic: Bool?
  /// Font name, e.g. "Arial"; at most 127 bytes of UTF-8.
  public var fontName: String?
  /// Font size in points.
  public var fontSize: Double?
  /// Font colour as 0xRRGGBB.
  public var fontColor: UInt32?
  /// Solid fill colour as 0xRRGGBB.
  public var backgroundColor: UInt32?
  /// Excel number format, e.g. "#,##0.00" or "0%"; at most 127 bytes of UTF-8
  /// (libxlsxwriter silently truncates longer ones, so the workbook rejects them).
  public var numberFormat: String?
  /// Horizontal alignment.
  public var horizontalAlignment: HorizontalAlignment?
  /// Vertical alignment.
  public var verticalAlignment: VerticalAlignment?
  /// Wrap long text onto several lines.
  public var wrapText: Bool?
  /// Border on all four sides.
  public var border: Border?
  /// Colour of all four borders as 0xRRGGBB.
  public var borderColor: UInt32?
  /// Indentation level (0–15).
  public var indent: Int?
  /// Reading order of the text.
  public var readingOrder: ReadingOrder?
  /// Text rotation in degrees, −90…90, or 270 for stacked vertical text.
  public var textRotation: Int?

  /// Creates a style; every omitted property keeps Excel's default.
  public init(
    bold: Bool? = nil, italic: Bool? = nil, fontName: String? = nil, fontSize: Double? = nil,
    fontColor: UInt32? = nil, backgroundColor: UInt32? = nil, numberFormat: String? = nil,
    horizontalAlignment: HorizontalAlignment? = nil,
    verticalAlignment: VerticalAlignment? = nil, wrapText: Bool? = nil,
    border: Border? = nil, borderColor: UInt32? = nil, indent: Int? = nil,
    readingOrder: ReadingOrder? = nil, textRotation: Int? = nil
  ) {
    self.bold = bold
    self.italic = italic
    self.fontName = fontName
    self.fontSize = fontSize
    self.fontColor = fontColor
    self.backgroundColor = backgroundColor
    self.numberFormat = numberFormat
    self.horizontalAlignment = horizontalAlignment
    self.verticalAlignment = verticalAlignment
    self.wrapText = wrapText
    self.border = border
    self.borderColor = borderColor
    self.indent = indent
    self.readingOrder = readingOrder
    self.textRotation = textRotation
  }

  /// A copy with `change` applied, for building variants of a base style.
  public func with(_ change: (inout CellStyle) -> Void) -> CellStyle {
    var copy = self
    change(&copy)
    return copy
  }
}
