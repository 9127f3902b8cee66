import Foundation
import ProsperityModel
import ProsperitySupport

/// One record of an input table, with its fields reachable by header name.
package struct TableRecord: Sendable {
  let file: String
  /// The physical line the record starts on (the header is line 1).
  package let line: Int
  /// The record as it stood in the file, kept for the data-quality sheet.
  /// Made only when a row is reported: building it for every row would cost a copy of the file.
  package var raw: String { Shortened.text(record.rawText) }
  let record: CSVRecord
  let columns: [String: Int]

  /// The field under `column`, trimmed; empty when the record is short.
  package subscript(column: String) -> String {
    guard let index = columns[column] else { return "" }
    return Self.trimmed(record.field(at: index))
  }

  /// Where `column` is in this record's file, for reading many rows without looking the name up
  /// for every field; `nil` when the file has no such column.
  package func index(of column: String) -> Int? { columns[column] }

  /// The field at `index` (from ``index(of:)``), trimmed; empty when there is none.
  package subscript(at index: Int?) -> String {
    guard let index else { return "" }
    return Self.trimmed(record.field(at: index))
  }

  /// The field without surrounding white space; most fields have none, and are returned as they are
  /// without Foundation's slower trimming.
  static func trimmed(_ field: String) -> String {
    if FieldBytes.hasNothingToTrim(field) { return field }
    guard let first = field.unicodeScalars.first, let last = field.unicodeScalars.last else {
      return field
    }
    if !isWhiteSpace(first) && !isWhiteSpace(last) { return field }
    return field.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Unicode's White_Space property, answered without the property tables for the scalars
  /// fields are made of (looking the property up was a tenth of reading a large file).
  @inline(__always)
  static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x21..<0x85, 0x86..<0xA0, 0xA1..<0x1680, 0x1681..<0x2000: return false
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680: return true
    default: return scalar.properties.isWhitespace
    }
  }

  /// The file, line and column of the field under `column`, or of the record when it has none.
  package func location(_ column: String? = nil) -> SourceLocation {
    guard let column, let index = columns[column], let position = record.position(ofField: index)
    else { return SourceLocation(file: file, line: line, column: 1) }
    return SourceLocation(file: file, line: position.line, column: position.column)
  }

  /// Where the character `offset` places into the trimmed value of `column` stands in the file:
  /// past the field's opening quote and leading spaces. (A doubled quote before it is not counted.)
  package func location(_ column: String, offset: Int) -> SourceLocation {
    let start = location(column)
    guard let index = columns[column], let position = record.position(ofField: index) else {
      return start
    }
    let quoted =
      record.source.indices.contains(position.byteOffset)
      && record.source[position.byteOffset] == UInt8(ascii: "\"")
    let raw = record.field(at: index)
    let leading = raw.unicodeScalars.prefix { $0.properties.isWhitespace }.count
    return SourceLocation(
      file: file, line: start.line,
      column: start.column.map { $0 + (quoted ? 1 : 0) + leading + offset })
  }

  /// Whether every field is empty, as Excel leaves rows it was asked to clear.
  package var isBlank: Bool {
    (0..<record.fieldCount).allSatisfy { index in
      // A field with a character that is surely not white space is not blank; only the others
      // are made into strings and trimmed.
      if let filled = record.withContiguousText(ofField: index, FieldBytes.hasNonSpace),
        filled
      {
        return false
      }
      return Self.trimmed(record.field(at: index)).isEmpty
    }
  }
}

/// An input CSV file, decoded and split into records, with its header checked against what the file
/// kind needs.
package struct TableFile: Sendable {
  /// The file's path, as given.
  package let path: String
  /// The header row as it stood in the file.
  package let header: String
  /// Its rows after the header, each with its line.
  package let records: [TableRecord]
  /// The file as the reports list it: path, quarter, SHA-256 and encoding.
  package let file: InputFile

  /// Reads `path`; problems are logged, and `nil` means the file cannot be used at all (unreadable,
  /// undecodable, or without a required column).
  package static func read(
    _ path: String, required: [String], optional: [String] = [], acceptsAnyColumn: Bool = false,
    quarter: Quarter?, log: inout DiagnosticLog
  ) -> TableFile? {
    let whole = SourceLocation(file: path)
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
      size > Shortened.fileLimit
    {
      log.error(Messages.fileTooLarge(size), at: whole, quarter: quarter)
      return nil
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      log.error(Messages.cannotRead(path), at: whole, quarter: quarter)
      return nil
    }
    let bytes = [UInt8](data)
    let decoded: TextDecoding.Decoded
    switch TextDecoding.decode(bytes) {
    case .success(let text): decoded = text
    case .failure(let failure):
      log.error(
        Messages.undecodable(failure),
        at: SourceLocation(
          file: path, line: failure.position.line, column: failure.position.column),
        quarter: quarter)
      return nil
    }
    let sha256: String
    do {
      sha256 = try SHA256.hex(of: bytes)
    } catch {
      log.error(Messages.cannotHash(path, "\(error)"), at: whole, quarter: quarter)
      return nil
    }
    let file = InputFile(
      path: path, quarter: quarter, sha256: sha256,
      encoding: decoded.encoding.rawValue)
    let parsed = CSVTable(utf8: decoded.utf8)
    Self.log(parsed.issues, path: path, quarter: quarter, into: &log)
    guard let header = parsed.header?.record else {
      log.error(Messages.emptyFile, at: whole, quarter: quarter)
      return nil
    }
    guard
      let columns = columns(
        of: header, path: path, required: required, optional: optional,
        acceptsAnyColumn: acceptsAnyColumn, quarter: quarter, log: &log)
    else { return nil }
    var records: [TableRecord] = []
    records.reserveCapacity(parsed.rows.count)
    for record in parsed.rows {
      if let row = admit(
        record, path: path, columns: columns, headerCount: header.fields.count, quarter: quarter,
        log: &log)
      {
        records.append(row)
      }
    }
    return TableFile(
      path: path, header: Shortened.text(header.rawText), records: records, file: file)
  }

  /// The header's columns by normalized name; `nil` (logged) when a required column is missing.
  static func columns(
    of header: CSVRecord, path: String, required: [String], optional: [String],
    acceptsAnyColumn: Bool, quarter: Quarter?, log: inout DiagnosticLog
  ) -> [String: Int]? {
    var columns: [String: Int] = [:]
    for (index, name) in header.fields.enumerated() {
      let key = CSVHeader.normalize(name)
      let position = header.position(ofField: index)
      let location = SourceLocation(file: path, line: position?.line, column: position?.column)
      if columns[key] != nil {
        log.error(Messages.duplicateColumn(key), at: location, quarter: quarter)
      } else if !acceptsAnyColumn && !required.contains(key) && !optional.contains(key) {
        log.warning(Messages.unknownColumn(key), at: location, quarter: quarter)
      } else {
        columns[key] = index
      }
    }
    let missing = required.filter { columns[$0] == nil }
    guard missing.isEmpty else {
      log.error(
        Messages.missingColumns(missing), at: SourceLocation(file: path, line: 1, column: 1),
        quarter: quarter)
      return nil
    }
    return columns
  }

  /// The record as a row of the table, or `nil` when it is blank or rejected (logged, with the
  /// row as it stood).
  static func admit(
    _ record: CSVRecord, path: String, columns: [String: Int], headerCount: Int,
    quarter: Quarter?, log: inout DiagnosticLog
  ) -> TableRecord? {
    let row = TableRecord(file: path, line: record.line, record: record, columns: columns)
    if let long = record.firstField(longerThan: Shortened.cellLimit),
      record.field(at: long).utf16.count > Shortened.cellLimit
    {
      let position = record.position(ofField: long)
      log.error(
        Messages.fieldTooLong(record.field(at: long).count),
        at: SourceLocation(file: path, line: position?.line, column: position?.column),
        quarter: quarter, rejectedRow: row.raw)
      return nil
    }
    if record.fieldCount > headerCount {
      log.error(
        Messages.tooManyFields(record.fieldCount, expected: headerCount),
        at: row.location(), quarter: quarter, rejectedRow: row.raw)
      return nil
    }
    return row.isBlank ? nil : row
  }

  /// Logs what the CSV reader met, each where it was met.
  static func log(
    _ issues: [CSVIssue], path: String, quarter: Quarter?, into log: inout DiagnosticLog
  ) {
    for issue in issues {
      let location = SourceLocation(
        file: path, line: issue.position.line, column: issue.position.column)
      let message = Messages.csvProblem(issue.kind)
      if issue.severity == .error {
        log.error(message, at: location, quarter: quarter)
      } else {
        log.warning(message, at: location, quarter: quarter)
      }
    }
  }
}
