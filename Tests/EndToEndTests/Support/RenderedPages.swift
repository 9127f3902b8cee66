import Foundation

/// A workbook printed to PDF by LibreOffice (through `.ci/render-pdf.sh`, which `make pictures`
/// uses too) and read back page by page with poppler's `pdftotext -layout` and `pdfinfo`.
struct RenderedPages {
  /// The programs the rendering needs; tests that render are skipped, naming them, without them.
  static let tools = ["soffice", "pdftotext", "pdfinfo"]

  static var missingTools: [String] { tools.filter { executable(named: $0) == nil } }

  static var skipReason: String {
    "needs \(missingTools.joined(separator: ", ")) on PATH (LibreOffice and poppler-utils, "
      + "which .ci/render-tools.sh installs)"
  }

  /// The PDF LibreOffice wrote.
  let pdf: URL
  /// The page count `pdfinfo` reports.
  let pageCount: Int
  /// Each page's non-blank lines, trimmed, without the bidi controls pdftotext wraps around
  /// right-to-left runs.
  let pages: [[String]]

  /// Renders `workbook` into `folder` and reads the result back.
  init(rendering workbook: URL, into folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let script = Paths.packageRoot.appendingPathComponent(".ci/render-pdf.sh")
    let render = try ProsperityProcess.run(
      URL(fileURLWithPath: "/bin/bash"), [script.path, workbook.path, folder.path], in: folder)
    pdf = folder.appendingPathComponent(workbook.deletingPathExtension().lastPathComponent + ".pdf")
    guard render.status == 0, FileManager.default.fileExists(atPath: pdf.path) else {
      throw RenderError.failed("render-pdf.sh \(workbook.lastPathComponent)", render)
    }
    let info = try Self.tool("pdfinfo", [pdf.path], in: folder)
    let pagesLine = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }
    guard
      let count = pagesLine.flatMap({ Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) })
    else { throw RenderError.failed("pdfinfo found no page count", info) }
    pageCount = count
    // One call for every page: pdftotext ends each page with a form feed.
    let text = try Self.tool("pdftotext", ["-layout", pdf.path, "-"], in: folder).stdout
    pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).prefix(count).map {
      page in
      page.split(separator: "\n").map { Self.withoutBidiControls(String($0)) }
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
  }

  static func withoutBidiControls(_ text: String) -> String {
    String(
      String.UnicodeScalarView(text.unicodeScalars.filter { !bidiControls.contains($0.value) }))
  }

  private static let bidiControls: Set<UInt32> = Set(0x200E...0x200F).union(0x202A...0x202E)
    .union(0x2066...0x2069)

  private static func tool(_ name: String, _ arguments: [String], in folder: URL) throws
    -> RunResult
  {
    guard let executable = executable(named: name) else { throw RenderError.missing(name) }
    let result = try ProsperityProcess.run(executable, arguments, in: folder)
    guard result.status == 0 else { throw RenderError.failed(name, result) }
    return result
  }

  private static func executable(named name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map {
      URL(fileURLWithPath: String($0)).appendingPathComponent(name)
    }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }
}

enum RenderError: Error, CustomStringConvertible {
  case missing(String)
  case failed(String, RunResult)

  var description: String {
    switch self {
    case .missing(let tool): "\(tool) is not on PATH"
    case .failed(let what, let result):
      "\(what) failed with status \(result.status): \(result.stderr)"
    }
  }
}
