import Foundation

/// Problems reading an .xlsx back.
public enum XlsxReadError: Error, CustomStringConvertible, Equatable {
  /// `/usr/bin/unzip` is not installed.
  case unzipMissing(path: String)
  /// unzip failed, typically because the member or the file does not exist.
  case unzipFailed(arguments: [String], status: Int32, stderr: String)
  /// A member is not valid UTF-8.
  case notText(member: String)
  /// A member is not well-formed XML.
  case malformedXML(member: String, reason: String)
  /// The workbook has no sheet with this name.
  case noSuchSheet(String)

  /// A readable explanation.
  public var description: String {
    switch self {
    case .unzipMissing(let path): "\(path) is not installed; the xlsx reader needs it"
    case .unzipFailed(let arguments, let status, let stderr):
      "unzip \(arguments.joined(separator: " ")) exited with \(status): \(stderr)"
    case .notText(let member): "\(member) is not UTF-8 text"
    case .malformedXML(let member, let reason): "\(member) is not well-formed XML: \(reason)"
    case .noSuchSheet(let name): "no sheet named '\(name)'"
    }
  }
}

/// Reads zip members by running Info-ZIP's `unzip`, so the check does not depend on
/// the zip code that wrote the file.
struct ZipArchive {
  static let unzipPath = "/usr/bin/unzip"
  let path: String

  /// Raw bytes of one member (`unzip -p FILE MEMBER`).
  func data(_ member: String) throws -> Data {
    // unzip treats member arguments as wildcards; escaping brackets keeps
    // names such as "[Content_Types].xml" literal.
    let literal = member.replacingOccurrences(of: "[", with: "[[]")
    return try run(["-p", path, literal])
  }

  /// Names of all members in archive order (`unzip -Z1 FILE`).
  func memberNames() throws -> [String] {
    let output = try run(["-Z1", path])
    return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  private func run(_ arguments: [String]) throws -> Data {
    guard FileManager.default.isExecutableFile(atPath: Self.unzipPath) else {
      throw XlsxReadError.unzipMissing(path: Self.unzipPath)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.unzipPath)
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Drain before waiting so a large member cannot fill the pipe and deadlock.
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    // unzip -p exits 11 ("no matching files") with empty output for a missing member.
    guard process.terminationStatus == 0 else {
      throw XlsxReadError.unzipFailed(
        arguments: arguments, status: process.terminationStatus,
        stderr: String(decoding: errorData, as: UTF8.self))
    }
    return data
  }
}
