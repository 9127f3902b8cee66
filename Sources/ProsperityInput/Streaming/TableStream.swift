import ProsperityModel
import ProsperityStore

/// An input table read a row at a time, for files that may be too large to hold: the same rows
/// and the same diagnostics as ``TableFile``, from a chunk of the file at a time.
package struct TableStream {
  let path: String
  let file: InputFile
  /// The file as it was when it was scanned; reading it again later checks it is unchanged.
  let identity: FileIdentity
  let encoding: TextDecoding.Encoding
  private var records: CSVFileRecords
  private let columns: [String: Int]
  private let headerCount: Int
  private let quarter: Quarter?

  /// Opens `path` and reads its header; problems are logged, and `nil` means the file cannot be
  /// used at all (unreadable, undecodable, or without a required column).
  static func open(
    _ path: String, required: [String], optional: [String], quarter: Quarter?,
    log: inout DiagnosticLog
  ) -> TableStream? {
    let scanned: FileScan?
    do {
      scanned = try FileScan.scan(path)
    } catch {
      log.error(
        Messages.cannotHash(path, "\(error)"), at: SourceLocation(file: path), quarter: quarter)
      return nil
    }
    guard let scan = scanned else {
      log.error(Messages.cannotRead(path), at: SourceLocation(file: path), quarter: quarter)
      return nil
    }
    guard let encoding = scan.encoding, scan.identity.size <= Shortened.fileLimit else {
      // The whole-file reader reports exactly what is wrong (and where).
      _ = TableFile.read(
        path, required: required, optional: optional, quarter: quarter, log: &log)
      return nil
    }
    let file = InputFile(
      path: path, quarter: quarter, sha256: scan.sha256, encoding: encoding.rawValue)
    return reopen(
      path, file: file, identity: scan.identity, encoding: encoding, required: required,
      optional: optional, quarter: quarter, log: &log)
  }

  /// Opens `path` again for a file already opened once: `nil` when it changed since.
  static func reopen(
    _ path: String, file: InputFile, identity: FileIdentity, encoding: TextDecoding.Encoding,
    required: [String], optional: [String], quarter: Quarter?, log: inout DiagnosticLog
  ) -> TableStream? {
    guard var records = CSVFileRecords(path: path, encoding: encoding),
      records.identity == identity
    else {
      log.error(Messages.cannotRead(path), at: SourceLocation(file: path), quarter: quarter)
      return nil
    }
    guard let header = records.next() else {
      log.error(Messages.emptyFile, at: SourceLocation(file: path), quarter: quarter)
      return nil
    }
    TableFile.log(header.issues, path: path, quarter: quarter, into: &log)
    guard
      let columns = TableFile.columns(
        of: header, path: path, required: required, optional: optional,
        acceptsAnyColumn: false, quarter: quarter, log: &log)
    else { return nil }
    return TableStream(
      path: path, file: file, identity: identity, encoding: encoding, records: records,
      columns: columns, headerCount: header.fields.count, quarter: quarter)
  }

  /// The next row, or `nil` at the end of the file; rejected and blank rows are skipped (the
  /// rejected ones logged).
  mutating func next(log: inout DiagnosticLog) -> TableRecord? {
    while let record = records.next() {
      TableFile.log(record.issues, path: path, quarter: quarter, into: &log)
      if let row = TableFile.admit(
        record, path: path, columns: columns, headerCount: headerCount, quarter: quarter,
        log: &log)
      {
        return row
      }
    }
    return nil
  }

  /// Whether the file has the column `name` (normalized, as ``TableRecord/index(of:)`` takes it).
  func hasColumn(_ name: String) -> Bool { columns[name] != nil }

  /// Whether reading stopped because the file could not be read any further.
  var failed: Bool { records.failed }

}
