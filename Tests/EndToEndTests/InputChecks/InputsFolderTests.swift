import Foundation
import Testing

/// What lies in Inputs/ besides the catalog and the quarter folders (#12, item 14): a folder
/// named almost like a quarter, and a file at the top that is no catalog file, are each named in
/// a warning that says they are not read and what is expected.
@Suite("Folders and files in Inputs/ that are not read")
struct InputsFolderTests {
  @Test("folders that look like quarters but are not, and stray files at the top")
  func notRead() throws {
    let workspace = try Workspace.shipped()
    defer { workspace.remove() }
    let kpis = try workspace.text(
      workspace.inputs.appendingPathComponent("2026-Q3/tourism-kpis.csv"))
    // (A well-formed quarter out of range, 1899-Q4, is an error: RunSafety/QuarterRangeTests.)
    let almost = ["2026-Q04", "2026_Q4", "2026-Q5", "2026-Q4.bak", "2027", "Q4"]
    for name in almost { try workspace.write(kpis, to: "Inputs/\(name)/tourism-kpis.csv") }
    try workspace.write("", to: "Inputs/archive/old.csv")
    let stray = ["Engines.csv", "notes.txt", "2026-Q3-tourism-kpis.csv"]
    for name in stray { try workspace.write("a,b\n", to: "Inputs/\(name)") }
    try workspace.write("x", to: "Inputs/.DS_Store")
    try workspace.write("x", to: "Inputs/~$engines.csv")

    let result = try workspace.run(["validate", "--lang", "en"])
    #expect(result.status == 0, "\(result.stderr)")
    for name in almost {
      #expect(
        result.stderrLines.contains {
          $0.hasPrefix("Inputs/\(name): warning: the folder Inputs/\(name) is not read")
            && $0.contains("2026-Q3") && $0.contains("1 to 4")
        }, "\(name): \(result.stderr)")
    }
    for name in stray {
      #expect(
        result.stderrLines.contains {
          $0.hasPrefix("Inputs/\(name): warning: the file Inputs/\(name) is not read")
            && $0.contains("engines.csv, localities.csv") && $0.contains("Inputs/2026-Q3/")
        }, "\(name): \(result.stderr)")
    }
    #expect(result.stderr.contains("did you mean engines.csv?"), "\(result.stderr)")
    for quiet in ["archive", ".DS_Store", "~$engines.csv"] {
      #expect(!result.stderr.contains("Inputs/\(quiet):"), "\(quiet): \(result.stderr)")
    }
    // Nothing of the stray copies is read: the shipped data's three warnings, and these.
    #expect(
      result.stderrLines.filter { $0.contains(": warning: ") }.count
        == 3 + almost.count + stray.count, "\(result.stderr)")
  }
}
