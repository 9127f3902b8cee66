import Dispatch
import Foundation
import Glibc
import Testing
import XlsxReading
import XlsxWriter

/// Workbooks closed on several threads at once each keep their own creation date: libxlsxwriter
/// formats it with gmtime(), which the program defines with a buffer per thread (CThreadSafeTime).
/// With glibc's, one buffer for the whole process, a run once published two engine workbooks whose
/// dates were torn from another quarter's, which openpyxl refused to open.
@Suite("Workbooks closed at once")
struct ConcurrentCloseTests {
  @Test("gmtime gives each thread its own result, which another thread's call leaves alone")
  func gmtimeIsPerThread() {
    var first = time_t(1_719_705_600)  // 2024-06-30
    let mine = gmtime(&first)
    let other = OtherThreadTime(1_727_654_400)  // 2024-09-30
    #expect(mine != other.result)
    #expect(mine?.pointee.tm_mon == 5)
    #expect(mine?.pointee.tm_mday == 30)
    #expect(other.month == 8)
  }

  @Test("pairs of workbooks of other dates, closed together, each carry their own date")
  func workbooksClosedTogetherKeepTheirDates() throws {
    let scratch = try ScratchDirectory()
    let dates = [
      (Date(timeIntervalSince1970: 1_719_705_600), "2024-06-30T00:00:00Z"),
      (Date(timeIntervalSince1970: 1_727_654_400), "2024-09-30T00:00:00Z"),
    ]
    for round in 0..<20 {
      let paths = dates.indices.map { scratch.path("book-\(round)-\($0).xlsx") }
      let failures = Failures()
      DispatchQueue.concurrentPerform(iterations: dates.count) { index in
        do {
          let workbook = try Workbook(path: paths[index])
          try workbook.setProperties(DocumentProperties(created: dates[index].0))
          for sheet in 0..<8 {
            try workbook.addWorksheet(named: "S\(sheet)").write("x", row: 0, column: 0)
          }
          try workbook.close()
        } catch {
          failures.add("\(error)")
        }
      }
      #expect(failures.all.isEmpty, "\(failures.all)")
      for (path, date) in zip(paths, dates) {
        let core = try XlsxFile(path: path).xml("docProps/core.xml")
        #expect(core.child(named: "created")?.text == date.1, "round \(round)")
      }
    }
  }
}

/// What failed on the threads, gathered under a lock.
private final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [String] = []

  func add(_ message: String) {
    lock.lock()
    defer { lock.unlock() }
    messages.append(message)
  }

  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return messages
  }
}

/// gmtime() of `seconds` called on a thread of its own: where its result lay, and its month.
private final class OtherThreadTime: @unchecked Sendable {
  private(set) var result: UnsafeMutablePointer<tm>?
  private(set) var month: Int32?

  init(_ seconds: Int) {
    let done = DispatchSemaphore(value: 0)
    let thread = Thread { [self] in
      var timer = time_t(seconds)
      result = gmtime(&timer)
      month = result?.pointee.tm_mon
      done.signal()
    }
    thread.start()
    done.wait()
  }
}
