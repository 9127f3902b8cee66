import Foundation

/// An .xlsx file read back independently of the writer: members come from
/// `/usr/bin/unzip` and XML from Foundation's `XMLParser`.
public struct XlsxFile {
  /// The file on disk.
  public let path: String
  private let archive: ZipArchive

  /// Opens `path`; nothing is read until a property or method needs it.
  public init(path: String) {
    self.path = path
    archive = ZipArchive(path: path)
  }

  /// All member names, e.g. "xl/worksheets/sheet1.xml", in archive order.
  public var memberNames: [String] {
    get throws { try archive.memberNames() }
  }

  /// The raw bytes of a member.
  public func data(_ member: String) throws -> Data {
    try archive.data(member)
  }

  /// A member as text, e.g. `member("docProps/core.xml")`.
  public func member(_ member: String) throws -> String {
    guard let text = String(data: try archive.data(member), encoding: .utf8) else {
      throw XlsxReadError.notText(member: member)
    }
    return text
  }

  /// A member parsed as XML.
  public func xml(_ member: String) throws -> XMLNode {
    try XMLNode.parse(try self.member(member), source: member)
  }

  /// Sheet names in tab order, from xl/workbook.xml.
  public var sheetNames: [String] {
    get throws { try sheetEntries().map(\.name) }
  }

  /// The parsed contents of one worksheet.
  public func sheet(named name: String) throws -> SheetContents {
    guard let entry = try sheetEntries().first(where: { $0.name == name }) else {
      throw XlsxReadError.noSuchSheet(name)
    }
    let xml = try member(entry.member)
    return try SheetContents(
      member: entry.member, xml: xml, sharedStrings: try sharedStrings())
  }

  /// The shared-string table; empty when the file has none (e.g. constant-memory mode).
  public func sharedStrings() throws -> [String] {
    guard try memberNames.contains("xl/sharedStrings.xml") else { return [] }
    // Rich-text strings split their text over several <r><t> runs, so the whole
    // text of each <si> is joined; phonetic runs (<rPh>) are not part of the value.
    return try xml("xl/sharedStrings.xml").children(named: "si").map { item in
      item.children.filter { $0.localName != "rPh" }.map(\.allText).joined()
    }
  }

  /// Sheet name to worksheet member, resolved through the workbook relationships
  /// rather than guessed from position.
  private func sheetEntries() throws -> [(name: String, member: String)] {
    let workbook = try xml("xl/workbook.xml")
    let relations = try xml("xl/_rels/workbook.xml.rels").children(named: "Relationship")
    var targets: [String: String] = [:]
    for relation in relations {
      if let id = relation.attributes["Id"], let target = relation.attributes["Target"] {
        targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
      }
    }
    return workbook.descendants(named: "sheet").compactMap { sheet in
      guard let name = sheet.attributes["name"], let id = sheet.attributes["r:id"],
        let member = targets[id]
      else { return nil }
      return (name, member)
    }
  }
}
