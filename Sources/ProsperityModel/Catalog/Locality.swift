/// One of the cluster's local authorities, for measures reported per locality.
package struct Locality: Hashable, Sendable {
  /// The lower-case id of localities.csv; KPI files may name the locality by it or by either name.
  package let id: String
  /// The locality's name in both languages.
  package let name: LocalizedText

  /// A locality as localities.csv defines it.
  package init(
    id: String, name: LocalizedText
  ) {
    self.id = id
    self.name = name
  }
}
