import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A minimal read-only XML element tree, enough to inspect OOXML parts.
///
/// Names are kept exactly as written (e.g. `c:f` in charts); ``localName`` strips the
/// prefix for callers that do not care about namespaces.
public final class XMLNode: Sendable {
  /// The qualified element name as written.
  public let name: String
  /// The element's attributes.
  public let attributes: [String: String]
  /// Child elements in document order.
  public let children: [XMLNode]
  /// Character data directly inside this element (not in children).
  public let text: String

  init(name: String, attributes: [String: String], children: [XMLNode], text: String) {
    self.name = name
    self.attributes = attributes
    self.children = children
    self.text = text
  }

  /// The name without any namespace prefix.
  public var localName: String { name.split(separator: ":").last.map(String.init) ?? name }

  /// Direct children whose local name is `name`.
  public func children(named name: String) -> [XMLNode] {
    children.filter { $0.localName == name }
  }

  /// The first direct child whose local name is `name`.
  public func child(named name: String) -> XMLNode? {
    children.first { $0.localName == name }
  }

  /// All descendants (depth-first, document order) whose local name is `name`.
  public func descendants(named name: String) -> [XMLNode] {
    children.flatMap { ($0.localName == name ? [$0] : []) + $0.descendants(named: name) }
  }

  /// The concatenated text of this element and all its descendants.
  public var allText: String { text + children.map(\.allText).joined() }

  /// Parses a whole document and returns its root element.
  public static func parse(_ xml: String, source: String) throws -> XMLNode {
    let builder = TreeBuilder()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
      let reason = parser.parserError.map { "\($0)" } ?? "no root element"
      throw XlsxReadError.malformedXML(member: source, reason: reason)
    }
    return root
  }
}

/// Collects XMLParser events into ``XMLNode`` values.
private final class TreeBuilder: NSObject, XMLParserDelegate {
  private struct Pending {
    var name: String
    var attributes: [String: String]
    var children: [XMLNode] = []
    var text = ""
  }

  private var stack: [Pending] = []
  var root: XMLNode?

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    stack.append(Pending(name: elementName, attributes: attributeDict))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if !stack.isEmpty { stack[stack.count - 1].text += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    guard let done = stack.popLast() else { return }
    let node = XMLNode(
      name: done.name, attributes: done.attributes, children: done.children, text: done.text)
    if stack.isEmpty {
      root = node
    } else {
      stack[stack.count - 1].children.append(node)
    }
  }
}
