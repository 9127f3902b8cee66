import ProsperityInput
import ProsperityModel

/// One engine's share of the inputs, for the workbook of that engine's own committee.
extension Pipeline {
  /// The pipeline as if the catalog held only `engine`: its indicators, its quarter files and the
  /// problems found in them. Every measure stays readable, because an indicator's formula may use
  /// another engine's measures.
  package func restricted(to engine: Engine) -> Pipeline {
    var dataset = self.dataset
    dataset.catalog.engines = [engine]
    dataset.catalog.indicators = dataset.catalog.indicators(of: engine.id)
    dataset.files = dataset.files.filter { $0.quarter == nil || belongs($0.path, to: engine) }
    let entries = log.entries.filter { diagnostic in
      guard diagnostic.quarter != nil, let location = diagnostic.location else { return true }
      return belongs(location.file, to: engine)
    }
    return Pipeline(dataset: dataset, log: DiagnosticLog(entries))
  }

  /// Whether the quarter file at `path` is one of `engine`'s own; a stray file belongs to no engine.
  private func belongs(_ path: String, to engine: Engine) -> Bool {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return InputsLoader.owner(of: name, catalog: dataset.catalog)?.0 == engine.id
  }
}
