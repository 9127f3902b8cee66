import Foundation
import Testing
import XlsxWriter

/// What a record of written files keys on to notice another libxlsxwriter: its version and the
/// very shared object loaded, by size and modification time.
@Suite("libxlsxwriter's build")
struct LibraryBuildTests {
  @Test("names the version and the shared object the process loaded, which exists")
  func namesTheLoadedObject() throws {
    let parts = LibraryBuild.current.split(separator: " ").map(String.init)
    #expect(parts.count == 3, "\(LibraryBuild.current)")
    #expect(parts[0].split(separator: ".").count == 3 && parts[0].first?.isNumber == true)
    let path = try #require(parts.dropFirst().first)
    #expect(path.contains("libxlsxwriter"))
    let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    #expect(parts[2].hasPrefix("\(size)-"))
  }
}
