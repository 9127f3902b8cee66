import CXlsxWriter

/// Turns ``CellStyle`` values into libxlsxwriter formats, one per distinct style.
///
/// libxlsxwriter owns every format it hands out and frees them with the workbook, so
/// the cache only stores borrowed pointers and never frees anything itself.
struct FormatCache {
  private var formats: [CellStyle: CellFormat] = [:]
  /// The styles of the formats made, in order: a format's ``CellFormat/index`` is its place here.
  private(set) var styles: [CellStyle] = []

  /// The format for `style`, creating it on first use; `owner` is the workbook's identity.
  mutating func format(
    for style: CellStyle, in workbook: UnsafeMutablePointer<lxw_workbook>, owner: ObjectIdentifier
  ) throws -> CellFormat {
    // Every cell looks its style up: a small table indexed by a few of the style's fields
    // answers most lookups with one comparison, before the dictionary's hashing.
    let slot = Self.slot(of: style)
    if let hit = recent[slot], hit.style == style { return hit.format }
    if let existing = formats[style] {
      recent[slot] = (style, existing)
      return existing
    }
    try Self.validate(style)
    guard let pointer = workbook_add_format(workbook) else {
      throw XlsxError(libraryCode: LXW_ERROR_MEMORY_MALLOC_FAILED, operation: "adding a format")
    }
    Self.apply(style, to: pointer)
    let format = CellFormat(style: style, pointer: pointer, owner: owner, index: styles.count)
    styles.append(style)
    formats[style] = format
    recent[slot] = (style, format)
    return format
  }

  private var recent = [(style: CellStyle, format: CellFormat)?](
    repeating: nil, count: 64)

  /// Where `style` goes in the table of recent styles: arithmetic on fields that tell a
  /// workbook's styles apart, with no hashing.
  private static func slot(of style: CellStyle) -> Int {
    var value = UInt64(style.fontColor ?? 0x1234) &* 0x9E37_79B9
    value = (value ^ UInt64(style.backgroundColor ?? 0x5678)) &* 0x9E37_79B9
    value = (value ^ UInt64(style.numberFormat?.utf8.count ?? 99)) &* 0x9E37_79B9
    let flags =
      (style.bold == true ? 1 : 0) | (style.italic == true ? 2 : 0)
      | (style.wrapText == true ? 4 : 0) | (style.border == nil ? 0 : 8)
      | (style.fontSize.map { Int($0) << 4 } ?? 0)
    value = (value ^ UInt64(flags)) &* 0x9E37_79B9
    return Int(truncatingIfNeeded: (value >> 29) & 63)
  }

  // format_set_num_format and format_set_font_name copy into fixed 128-byte buffers
  // and truncate silently, possibly mid-character, so oversized values are refused.
  private static func validate(_ style: CellStyle) throws {
    let fieldLimit = Int(LXW_FORMAT_FIELD_LEN) - 1
    for (label, value) in [("number format", style.numberFormat), ("font name", style.fontName)] {
      if let value, value.utf8.count > fieldLimit {
        throw XlsxError(
          kind: .stringTooLong, operation: "creating a cell style",
          message: "\(label) '\(value)' exceeds \(fieldLimit) bytes of UTF-8")
      }
    }
    if let indent = style.indent, !(0...15).contains(indent) {
      throw XlsxError(
        kind: .invalidArgument, operation: "creating a cell style",
        message: "indent \(indent) is outside 0…15")
    }
    if let rotation = style.textRotation, !((-90...90).contains(rotation) || rotation == 270) {
      throw XlsxError(
        kind: .invalidArgument, operation: "creating a cell style",
        message: "text rotation \(rotation) must be within −90…90 or exactly 270")
    }
    if let size = style.fontSize, !(size.isFinite && size > 0 && size <= 409) {
      throw XlsxError(
        kind: .invalidArgument, operation: "creating a cell style",
        message: "font size \(size) is outside 0…409 points")
    }
  }

  private static func apply(_ style: CellStyle, to format: UnsafeMutablePointer<lxw_format>) {
    if style.bold == true { format_set_bold(format) }
    if style.italic == true { format_set_italic(format) }
    if let name = style.fontName { format_set_font_name(format, name) }
    if let size = style.fontSize { format_set_font_size(format, size) }
    if let color = style.fontColor { format_set_font_color(format, lxw_color_t(color)) }
    if let color = style.backgroundColor {
      format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
      format_set_bg_color(format, lxw_color_t(color))
    }
    if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
    if let alignment = style.horizontalAlignment {
      format_set_align(format, UInt8(code(for: alignment).rawValue))
    }
    if let alignment = style.verticalAlignment {
      format_set_align(format, UInt8(code(for: alignment).rawValue))
    }
    if style.wrapText == true { format_set_text_wrap(format) }
    if let border = style.border { format_set_border(format, code(for: border)) }
    if let color = style.borderColor { format_set_border_color(format, lxw_color_t(color)) }
    if let indent = style.indent { format_set_indent(format, UInt8(indent)) }
    if let order = style.readingOrder { format_set_reading_order(format, code(for: order)) }
    if let rotation = style.textRotation { format_set_rotation(format, Int16(rotation)) }
  }

  private static func code(for alignment: CellStyle.HorizontalAlignment) -> lxw_format_alignments {
    switch alignment {
    case .left: LXW_ALIGN_LEFT
    case .center: LXW_ALIGN_CENTER
    case .right: LXW_ALIGN_RIGHT
    case .fill: LXW_ALIGN_FILL
    case .justify: LXW_ALIGN_JUSTIFY
    case .centerAcrossSelection: LXW_ALIGN_CENTER_ACROSS
    case .distributed: LXW_ALIGN_DISTRIBUTED
    }
  }

  private static func code(for alignment: CellStyle.VerticalAlignment) -> lxw_format_alignments {
    switch alignment {
    case .top: LXW_ALIGN_VERTICAL_TOP
    case .center: LXW_ALIGN_VERTICAL_CENTER
    case .bottom: LXW_ALIGN_VERTICAL_BOTTOM
    case .justify: LXW_ALIGN_VERTICAL_JUSTIFY
    case .distributed: LXW_ALIGN_VERTICAL_DISTRIBUTED
    }
  }

  private static func code(for border: CellStyle.Border) -> UInt8 {
    let style: lxw_format_borders =
      switch border {
      case .none: LXW_BORDER_NONE
      case .thin: LXW_BORDER_THIN
      case .medium: LXW_BORDER_MEDIUM
      case .thick: LXW_BORDER_THICK
      case .dashed: LXW_BORDER_DASHED
      case .dotted: LXW_BORDER_DOTTED
      case .double: LXW_BORDER_DOUBLE
      case .hair: LXW_BORDER_HAIR
      }
    return UInt8(style.rawValue)
  }

  // Values from format_set_reading_order's documentation: 0 context, 1 LTR, 2 RTL.
  private static func code(for order: CellStyle.ReadingOrder) -> UInt8 {
    switch order {
    case .context: 0
    case .leftToRight: 1
    case .rightToLeft: 2
    }
  }
}
