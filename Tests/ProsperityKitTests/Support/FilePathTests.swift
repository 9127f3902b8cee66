import Testing

@testable import ProsperitySupport

@Suite struct FilePathTests {
  @Test(
    "the folder a path lies in, as Foundation gives it, one-letter names included",
    arguments: [
      ("R", ""), ("Reports", ""), ("a/b", "a"), ("a/b/", "a"), ("a/R", "a"), ("/R", "/"),
      ("/", "/"), ("/a/b/c.xlsx", "/a/b"), ("a//b", "a"), ("./R", "."), ("", ""),
    ])
  func parent(path: String, expected: String) {
    #expect(FilePath.parent(of: path) == expected)
  }
}
