extension XlsxFile {
  /// The values each chart on a sheet caches for its series (`c:val/c:numRef/c:numCache`), by
  /// chart then series, in point order; a point the cache leaves out is `nil`. What viewers that
  /// never recalculate draw.
  public func cachedChartValues(onSheet name: String) throws -> [[[Double?]]] {
    try charts(onSheet: name).map { chart in
      try xml(chart.member).descendants(named: "ser").map { series in
        guard let cache = series.child(named: "val")?.descendants(named: "numCache").first
        else { return [] }
        let count = cache.child(named: "ptCount")?.attributes["val"].flatMap { Int($0) } ?? 0
        var values = [Double?](repeating: nil, count: count)
        for point in cache.children(named: "pt") {
          guard let index = point.attributes["idx"].flatMap({ Int($0) }), index < count else {
            continue
          }
          values[index] = point.child(named: "v").flatMap { Double($0.text) }
        }
        return values
      }
    }
  }
}
