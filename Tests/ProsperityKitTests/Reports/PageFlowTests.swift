import Testing

@testable import ProsperityReports

@Suite("Where printed pages break")
struct PageFlowTests {
  /// A page at 100 % holds 487 points: 32 rows of Excel's default 15 points.
  let rowsPerPage = Int(PageFlow.pageHeight / PageFlow.defaultRowHeight)

  @Test func blocksThatFitTogetherShareAPage() {
    let flow = PageFlow(frame: SheetFrame(), scale: 100)
    #expect(flow.breaks(blockStarts: [0, 10, 20], end: 100).isEmpty)
  }

  @Test func aBlockThatWouldBeCutStartsTheNextPage() {
    let flow = PageFlow(frame: SheetFrame(), scale: 100)
    // Rows 0–19, then a block of 15 rows that would cross the page's end at row 32.
    #expect(flow.breaks(blockStarts: [0, 20, 35], end: 200) == [20])
  }

  @Test func theLastBlockNeedsOnlyItsFirstRowsOnThePage() {
    let flow = PageFlow(frame: SheetFrame(), scale: 100)
    #expect(flow.breaks(blockStarts: [0, rowsPerPage - 6], end: 500).isEmpty)
    #expect(flow.breaks(blockStarts: [0, rowsPerPage - 2], end: 500) == [rowsPerPage - 2])
  }

  @Test func tallRowsAndASmallerScaleCount() {
    var frame = SheetFrame()
    for row in 0..<10 { frame.rowHeights[row] = 45 }
    // Ten rows of 45 points and ten of 15: 600 points, more than a page at full size…
    #expect(PageFlow(frame: frame, scale: 100).breaks(blockStarts: [0, 10], end: 20) == [10])
    // …and less than one at half size.
    #expect(PageFlow(frame: frame, scale: 50).breaks(blockStarts: [0, 10], end: 20).isEmpty)
  }

  @Test func theScaleFitsTheColumnsAcrossThePage() {
    #expect(TabSetup.scale(fitting: 500) == 100)
    let scale = TabSetup.scale(fitting: 2000)
    #expect((45...50).contains(scale))
    #expect(TabSetup.scale(fitting: 1_000_000) == 10)
  }
}
