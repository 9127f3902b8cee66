import CXlsxWriter
import Foundation

/// An .xlsx file being built. Nothing is written to `path` until ``close()``.
///
/// Lifetime: ``close()`` writes the file and frees the C workbook; afterwards the
/// workbook and all its sheets and charts are inert and throw
/// ``XlsxError/Kind/workbookClosed``. If a workbook is released without `close()`,
/// `deinit` frees the C workbook *without* writing anything, so an abandoned or
/// half-built report never leaves a file behind.
///
/// Not thread-safe: use one workbook from one thread at a time.
public final class Workbook {
  /// Where the file is written on ``close()``.
  public let path: String
  /// The options the workbook was created with.
  public let options: WorkbookOptions
  /// Names of the worksheets added so far, in order.
  public private(set) var sheetNames: [String] = []

  // Stored properties are released after deinit's body has freed the C workbook, so
  // every string libxlsxwriter may still point at outlives it.
  let arena = StringArena()
  private var handle: UnsafeMutablePointer<lxw_workbook>?
  private var formats = FormatCache()
  private var sheetKeys: Set<String> = []

  /// Starts a workbook that will be written to `path`.
  ///
  /// libxlsxwriter does not touch the file system until ``close()``, so an unwritable
  /// path is reported there, with the library's own message.
  public init(path: String, options: WorkbookOptions = .init()) throws {
    self.path = path
    self.options = options
    var raw = lxw_workbook_options()
    raw.constant_memory = options.constantMemory ? 1 : 0
    raw.tmpdir = try arena.keep(optional: options.temporaryDirectory)
    raw.use_zip64 = options.useZip64 ? 1 : 0
    guard let workbook = workbook_new_opt(try arena.keep(path), &raw) else {
      throw XlsxError(libraryCode: LXW_ERROR_MEMORY_MALLOC_FAILED, operation: "creating \(path)")
    }
    handle = workbook
  }

  deinit {
    if let handle { lxw_workbook_free(handle) }
  }

  /// Whether ``close()`` has not yet been called.
  public var isOpen: Bool { handle != nil }

  /// Writes the file and frees the C workbook. Calling it again does nothing.
  ///
  /// The workbook is inert afterwards even when writing failed, because
  /// libxlsxwriter frees its workbook on every path out of `workbook_close`.
  public func close() throws {
    guard let workbook = handle else { return }
    handle = nil
    try check(workbook_close(workbook), "writing \(path)")
  }

  /// Adds a worksheet, checking Excel's naming rules first so the error says why.
  public func addWorksheet(named name: String) throws -> Worksheet {
    let operation = "adding worksheet '\(name)'"
    let workbook = try live(operation)
    if let problem = SheetName.problem(with: name) {
      throw XlsxError(kind: .invalidSheetName, operation: operation, message: problem)
    }
    let key = SheetName.uniquenessKey(name)
    guard !sheetKeys.contains(key) else {
      throw XlsxError(
        kind: .invalidSheetName, operation: operation,
        message: "a sheet named '\(name)' already exists (names are case-insensitive)")
    }
    let cName = try arena.keep(name)
    try check(workbook_validate_sheet_name(workbook, cName), operation)
    guard let sheet = workbook_add_worksheet(workbook, cName) else {
      throw XlsxError(
        kind: .invalidSheetName, operation: operation,
        message: "libxlsxwriter refused the worksheet (see its warning on stderr)")
    }
    sheetKeys.insert(key)
    sheetNames.append(name)
    return Worksheet(workbook: self, handle: sheet, name: name)
  }

  /// Defines a workbook-wide name, e.g. `defineName("Sales", formula: "=Data!$B$2:$B$9")`.
  /// Prefix the name with `'Sheet'!` to scope it to one sheet.
  public func defineName(_ name: String, formula: String) throws {
    let operation = "defining name '\(name)'"
    let workbook = try live(operation)
    try check(
      workbook_define_name(workbook, try arena.keep(name), try arena.keep(formula)), operation)
  }

  /// The C workbook, or a ``XlsxError/Kind/workbookClosed`` error once closed.
  func live(_ operation: @autoclosure () -> String) throws -> UnsafeMutablePointer<lxw_workbook> {
    guard let handle else { throw closedError(operation()) }
    return handle
  }

  private func closedError(_ operation: String) -> XlsxError {
    XlsxError(
      kind: .workbookClosed, operation: operation, message: "the workbook has already been closed")
  }

  /// Throws ``XlsxError/Kind/workbookClosed`` once the workbook has been closed, so
  /// sheets and charts never touch freed C memory.
  func ensureOpen(_ operation: @autoclosure () -> String) throws {
    guard handle != nil else { throw closedError(operation()) }
  }

  /// The workbook's format for `style`, made on first use. Cells written with it skip finding
  /// the style's format, which matters on sheets of many thousand rows.
  public func format(_ style: CellStyle) throws -> CellFormat {
    try format(for: style, "creating a cell format")
  }

  /// The style `format` was made from, or `nil` if another workbook made it.
  public func style(of format: CellFormat) -> CellStyle? {
    format.owner == ObjectIdentifier(self) ? formats.styles[format.index] : nil
  }

  func format(for style: CellStyle, _ operation: @autoclosure () -> String) throws -> CellFormat {
    try formats.format(for: style, in: live(operation()), owner: ObjectIdentifier(self))
  }

  /// The shared format for `style`, or `nil` for the default look.
  func format(for style: CellStyle?, _ operation: @autoclosure () -> String) throws
    -> UnsafeMutablePointer<lxw_format>?
  {
    guard let style else { return nil }
    return try format(for: style, operation()).pointer
  }

  /// The C format for `look`: a style is looked up (or made), a format is checked to be this
  /// workbook's own, since another workbook's would be freed with that workbook.
  func format(for look: CellLook, _ operation: @autoclosure () -> String) throws
    -> UnsafeMutablePointer<lxw_format>?
  {
    switch look {
    case .style(let style): return try format(for: style, operation())
    case .format(let format):
      try ensureOpen(operation())
      guard format.owner == ObjectIdentifier(self) else {
        throw XlsxError(
          kind: .invalidArgument, operation: operation(),
          message: "the cell format was made by another workbook")
      }
      return format.pointer
    }
  }
}
