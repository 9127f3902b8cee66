import ProsperityModel
import ProsperityStore
import XlsxWriter

/// Writing a workbook as a report: built in a temporary file that replaces `path` only when
/// complete, with every failure turned into an ``OutputError`` naming the file to blame.
package enum WorkbookFile {
  static func write(
    to path: String, language: Language, _ build: (_ temporary: String) throws -> Void
  ) throws(OutputError) {
    try AtomicFile.replace(path) { temporary throws(OutputError) in
      do {
        try build(temporary)
      } catch let error as OutputError {
        // A stage that waits on other work (the full report) says itself what went wrong.
        throw error
      } catch let error as XlsxError {
        throw OutputError(path: path, reason: error.description)
      } catch let error as ActivitySourceChanged {
        throw OutputError(path: error.path, reason: JobText.inputChanged(language))
      } catch {
        throw OutputError(path: path, reason: "\(error)")
      }
    }
  }
}
