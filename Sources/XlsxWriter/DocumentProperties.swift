import CXlsxWriter
import Foundation

/// The document metadata stored in `docProps/core.xml` and `docProps/app.xml`.
public struct DocumentProperties: Hashable, Sendable {
  /// Document title.
  public var title: String?
  /// Document subject.
  public var subject: String?
  /// Author (written as `dc:creator`).
  public var author: String?
  /// Manager.
  public var manager: String?
  /// Company.
  public var company: String?
  /// Category.
  public var category: String?
  /// Keywords.
  public var keywords: String?
  /// Comments (written as `dc:description`).
  public var comments: String?
  /// Creation time written to `dcterms:created` and `dcterms:modified`.
  ///
  /// Leave `nil` and libxlsxwriter uses the current clock, which makes every file
  /// different; pass a date derived from the data to get reproducible output.
  /// Only whole seconds are kept, and dates before 1970 are refused.
  public var created: Date?

  /// Creates a property set; omitted fields are left out of the file.
  public init(
    title: String? = nil, subject: String? = nil, author: String? = nil,
    manager: String? = nil, company: String? = nil, category: String? = nil,
    keywords: String? = nil, comments: String? = nil, created: Date? = nil
  ) {
    self.title = title
    self.subject = subject
    self.author = author
    self.manager = manager
    self.company = company
    self.category = category
    self.keywords = keywords
    self.comments = comments
    self.created = created
  }
}

extension Workbook {
  /// Sets the document properties. May be called again to replace them.
  public func setProperties(_ properties: DocumentProperties) throws {
    let operation = "setting document properties"
    let workbook = try live(operation)
    var raw = lxw_doc_properties()
    raw.title = try arena.keep(optional: properties.title)
    raw.subject = try arena.keep(optional: properties.subject)
    raw.author = try arena.keep(optional: properties.author)
    raw.manager = try arena.keep(optional: properties.manager)
    raw.company = try arena.keep(optional: properties.company)
    raw.category = try arena.keep(optional: properties.category)
    raw.keywords = try arena.keep(optional: properties.keywords)
    raw.comments = try arena.keep(optional: properties.comments)
    if let created = properties.created {
      let seconds = created.timeIntervalSince1970.rounded(.down)
      // time_t 0 means "use the clock" to libxlsxwriter, so the epoch itself is refused
      // along with anything that would not survive the conversion.
      guard seconds.isFinite, seconds > 0, seconds < 253_402_300_800 else {
        throw XlsxError(
          kind: .invalidArgument, operation: operation,
          message: "creation date \(created) must lie after 1970-01-01 and before year 10000")
      }
      raw.created = time_t(seconds)
    }
    try check(workbook_set_properties(workbook, &raw), operation)
  }
}
