import Testing

@testable import ProsperityModel

@Suite("Direction marks around mixed runs in Hebrew text")
struct BidiTests {
  static let lrm = "\u{200E}"

  @Test(
    "a run that joins Latin letters and digits is held left to right",
    arguments: [
      ("דוח רבעוני 2026-Q3", "דוח רבעוני \(lrm)2026-Q3\(lrm)"),
      ("נדחה בגלל AGR-004.", "נדחה בגלל \(lrm)AGR-004\(lrm)."),
      (
        "קובץ Inputs/2026-Q3/tourism-kpis.csv חסר",
        "קובץ \(lrm)Inputs/2026-Q3/tourism-kpis.csv\(lrm) חסר"
      ),
      ("בין 2026-Q2 ל-2026-Q3", "בין \(lrm)2026-Q2\(lrm) ל-\(lrm)2026-Q3\(lrm)"),
    ])
  func marksMixedRuns(text: String, marked: String) {
    #expect(Bidi.marked(text, in: .hebrew) == marked)
  }

  @Test(
    "runs of one kind, text without Hebrew, marked runs and English are left alone",
    arguments: [
      "יעד 2026: 1,250", "סיום 30/06/2027", "המדד agritech.export_value", "AGR-004",
      "רבעון \u{200E}2026-Q3\u{200E}", "פעילות Q3 בלבד",
    ])
  func leavesOtherTextAlone(text: String) {
    #expect(Bidi.marked(text, in: .hebrew) == text)
    #expect(Bidi.marked("report 2026-Q3 \(text)", in: .english) == "report 2026-Q3 \(text)")
  }
}
