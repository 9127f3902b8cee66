import Foundation
import Testing
import XlsxReading

/// The benchmark's floor (Benchmarks/floor/floor.c, libxlsxwriter alone) must write the cells the
/// committee workbook writes for the activities, or the comparison with it means nothing: every
/// activity once on the activities sheet and the first 500 of each engine on its sheet, with the
/// same values, cell types and formats. Both are read back from the .xlsx files they wrote. The
/// floor reads the clean inputs (it parses nothing); the job's cells are the same from the clean
/// and from the realistic mix, which holds the same data in other spellings.
@Suite("The benchmark's floor writes the workbook's activity cells")
struct FloorCellsTests {
  /// More activities than an engine sheet lists, so its cap is compared too.
  static let activities = 600
  static let quarter = "2024-Q2"
  static let activitiesSheet = "פעילויות"
  /// The engine sheet's activity table starts with this header in its first column.
  static let engineTableHeader = "שם הפעילות"

  @Test(
    "activities sheet and engine sheets: same cells, types, values and formats",
    arguments: ["clean", "realistic"])
  func sameCells(mix: String) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "floor-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inputs = folder.appendingPathComponent("inputs").path
    let clean = folder.appendingPathComponent("clean").path
    let bin = BinaryLocator.prosperity.deletingLastPathComponent().path
    let floor = folder.appendingPathComponent("floor").path
    let source = Paths.packageRoot.appendingPathComponent("Benchmarks/floor/floor.c").path
    let generate = "\(bin)/prosperity-bench generate --quarters 2 --activities \(Self.activities)"
    try Self.shell("\(generate) --mix \(mix) --out \(inputs)")
    try Self.shell("\(generate) --mix clean --out \(clean)")
    try Self.shell("cc -O2 -o \(floor) \(source) $(pkg-config --cflags --libs xlsxwriter)")
    try Self.shell("\(floor) \(clean) \(Self.quarter) \(folder.path)/floor.xlsx")
    try Self.shell(
      "\(BinaryLocator.prosperity.path) workbook \(Self.quarter) --inputs \(inputs)"
        + " --reports \(folder.path)/reports --quiet")
    let job = try Cells(
      XlsxFile(path: "\(folder.path)/reports/\(Self.quarter)/committee-\(Self.quarter).xlsx"))
    let bare = try Cells(XlsxFile(path: "\(folder.path)/floor.xlsx"))

    // The activities sheet: title, count, header, then one row per activity from row 5.
    let all = try (job.sheet(Self.activitiesSheet), bare.sheet(Self.activitiesSheet))
    let rows = 5 * Self.activities
    #expect(all.0.lastRow == 4 + rows)
    try Self.compare(all, rows: 2...(4 + rows), offset: 0, job: job, bare: bare)
    #expect(Self.heights(all.0, 5...(4 + rows)) == Self.heights(all.1, 5...(4 + rows)))
    #expect(!Self.heights(all.0, 5...(4 + rows)).isEmpty, "some titles wrap onto two lines")

    // Each engine's sheet: the note, the header and its first 500 activities, wherever the
    // table starts.
    let engines = try job.file.sheetNames.filter { try bare.file.sheetNames.contains($0) }
    #expect(engines.count == 6)
    for name in engines where name != Self.activitiesSheet {
      let pair = try (job.sheet(name), bare.sheet(name))
      let header = try #require(pair.0.row(where: "A", is: Self.engineTableHeader))
      let floorHeader = try #require(pair.1.row(where: "A", is: Self.engineTableHeader))
      #expect(pair.0.lastRow == header + 500)
      try Self.compare(
        pair, rows: (header - 1)...(header + 500), offset: floorHeader - header, job: job,
        bare: bare)
    }
  }

  /// A workbook's sheets and its styles spelled out.
  struct Cells {
    let file: XlsxFile
    let styles: [String]

    init(_ file: XlsxFile) throws {
      self.file = file
      styles = try file.cellStyleDescriptions()
    }

    func sheet(_ name: String) throws -> SheetContents { try file.sheet(named: name) }

    func style(_ cell: Cell) -> String {
      styles.indices.contains(cell.styleIndex) ? styles[cell.styleIndex] : "?"
    }
  }

  /// Every cell of `rows` of the job's sheet against the floor's, `offset` rows lower there: the
  /// same set of cells, each with the same value (and type) and the same style.
  static func compare(
    _ sheets: (SheetContents, SheetContents), rows: ClosedRange<Int>, offset: Int, job: Cells,
    bare: Cells, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    var differences: [String] = []
    var compared = 0
    for row in rows {
      for column in "ABCDEFGHIJKLMNO" {
        let wanted = sheets.0.cells["\(column)\(row)"]
        let written = sheets.1.cells["\(column)\(row + offset)"]
        guard wanted != nil || written != nil else { continue }
        compared += 1
        guard let wanted, let written else {
          differences.append(
            "\(column)\(row): job \(String(describing: wanted?.value)), floor "
              + "\(String(describing: written?.value))")
          continue
        }
        if wanted.value != written.value || job.style(wanted) != bare.style(written) {
          differences.append(
            "\(column)\(row): job \(wanted.value) [\(job.style(wanted))], floor \(written.value)"
              + " [\(bare.style(written))]")
        }
      }
    }
    #expect(compared > rows.count, sourceLocation: sourceLocation)
    #expect(
      differences.isEmpty,
      "\(differences.count) of \(compared) cells differ: \(differences.prefix(5))",
      sourceLocation: sourceLocation)
  }

  /// The custom heights of `rows`, by row.
  static func heights(_ sheet: SheetContents, _ rows: ClosedRange<Int>) -> [Int: String] {
    var heights: [Int: String] = [:]
    for row in sheet.root.descendants(named: "row") {
      guard let number = row.attributes["r"].flatMap({ Int($0) }), rows.contains(number),
        let height = row.attributes["ht"]
      else { continue }
      heights[number] = height
    }
    return heights
  }

  static func shell(_ command: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    process.standardOutput = FileHandle.nullDevice
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "\(command): \(text)")
  }
}
