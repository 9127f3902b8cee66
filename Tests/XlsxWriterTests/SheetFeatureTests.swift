import Testing
import XlsxReading
import XlsxWriter

@Suite("Sheet-level features land in the right XML")
struct SheetFeatureTests {
  @Test func viewSettings() throws {
    let scratch = try ScratchDirectory()
    let file = try scratch.write(sheet: "תצוגה") { _, sheet in
      try sheet.setRightToLeft()
      try sheet.freezePanes(row: 1, column: 2)
      try sheet.hideGridlines()
      try sheet.setTabColor(0x00B050)
      try sheet.setZoom(120)
      try sheet.setColumnWidth(first: 0, last: 2, width: 18)
      try sheet.setRowHeight(row: 0, height: 30, style: CellStyle(bold: true))
      for column in 0..<3 { try sheet.write("כותרת \(column)", row: 0, column: column) }
      for row in 1...4 { try sheet.write(Double(row), row: row, column: 0) }
      try sheet.autofilter(firstRow: 0, firstColumn: 0, lastRow: 4, lastColumn: 2)
      try sheet.mergeRange(
        firstRow: 6, firstColumn: 0, lastRow: 6, lastColumn: 2, text: "סה\"כ",
        style: CellStyle(horizontalAlignment: .center))
    }
    let contents = try file.sheet(named: "תצוגה")
    #expect(contents.isRightToLeft)
    #expect(contents.frozenPane == FrozenPane(rows: 1, columns: 2, topLeftCell: "C2"))
    #expect(contents.autoFilterRange == "A1:C5")
    #expect(contents.mergedRanges == ["A7:C7"])
    #expect(contents.string(at: "A7") == "סה\"כ")
    #expect(contents.xml.contains("showGridLines=\"0\""))
    #expect(contents.xml.contains("zoomScale=\"120\""))
    #expect(contents.xml.contains("<tabColor rgb=\"FF00B050\"/>"))
    #expect(contents.root.descendants(named: "col").first?.attributes["width"] != nil)
    // An autofilter also needs the hidden _FilterDatabase name in the workbook.
    #expect(try file.member("xl/workbook.xml").contains("_xlnm._FilterDatabase"))
  }

  @Test func plainSheetIsLeftToRightAndUnfrozen() throws {
    let scratch = try ScratchDirectory()
    let file = try scratch.write { _, sheet in try sheet.write("x", row: 0, column: 0) }
    let contents = try file.sheet(named: "Sheet1")
    #expect(!contents.isRightToLeft)
    #expect(contents.frozenPane == nil)
    #expect(contents.autoFilterRange == nil)
    #expect(contents.mergedRanges.isEmpty)
  }

  @Test func cellNoteLandsInACommentsMember() throws {
    let scratch = try ScratchDirectory()
    let file = try scratch.write { _, sheet in
      try sheet.write(42, row: 1, column: 1)
      try sheet.writeComment(row: 1, column: 1, text: "מקור: דוח רבעוני", author: "ועדה")
    }
    let names = try file.memberNames
    let comments = try #require(names.first { $0.hasPrefix("xl/comments") })
    let xml = try file.xml(comments)
    let comment = try #require(xml.descendants(named: "comment").first)
    #expect(comment.attributes["ref"] == "B2")
    #expect(comment.allText.contains("מקור: דוח רבעוני"))
    // libxlsxwriter always lists the sheet's default (empty) author first.
    let authors = xml.descendants(named: "author").map(\.text)
    let authorIndex = try #require(comment.attributes["authorId"].flatMap { Int($0) })
    #expect(authors.indices.contains(authorIndex) && authors[authorIndex] == "ועדה")
    #expect(names.contains { $0.hasPrefix("xl/drawings/vmlDrawing") })
  }

  @Test func conditionalFormatsAndIconSets() throws {
    let scratch = try ScratchDirectory()
    let red = CellStyle(fontColor: 0x9C0006, backgroundColor: 0xFFC7CE)
    let file = try scratch.write { _, sheet in
      for row in 0..<5 { try sheet.write(Double(row * 10), row: row, column: 0) }
      try sheet.conditionalFormat(
        firstRow: 0, firstColumn: 0, lastRow: 4, lastColumn: 0, .cellValue(.equal(0), style: red))
      try sheet.conditionalFormat(
        firstRow: 0, firstColumn: 0, lastRow: 4, lastColumn: 0,
        .cellValue(.greaterThanOrEqual(30), style: red))
      try sheet.conditionalFormat(
        firstRow: 0, firstColumn: 0, lastRow: 4, lastColumn: 0,
        .cellValue(.between(5, 25), style: red))
      try sheet.conditionalFormat(
        firstRow: 0, firstColumn: 1, lastRow: 4, lastColumn: 1,
        .textContains("חריגה", style: red))
      try sheet.conditionalFormat(
        firstRow: 0, firstColumn: 2, lastRow: 4, lastColumn: 2,
        .iconSet(.trafficLights, reversed: true))
      try sheet.conditionalFormat(
        firstRow: 0, firstColumn: 3, lastRow: 4, lastColumn: 3, .iconSet(.symbols))
    }
    let contents = try file.sheet(named: "Sheet1")
    let rules = contents.root.descendants(named: "cfRule")
    #expect(rules.count == 6)
    #expect(rules.contains { $0.attributes["operator"] == "equal" })
    #expect(rules.contains { $0.attributes["operator"] == "greaterThanOrEqual" })
    let between = try #require(rules.first { $0.attributes["operator"] == "between" })
    #expect(between.children(named: "formula").map(\.text) == ["5", "25"])
    let text = try #require(rules.first { $0.attributes["type"] == "containsText" })
    #expect(text.attributes["text"] == "חריגה")
    let iconSets = contents.root.descendants(named: "iconSet")
    // 3TrafficLights1 is OOXML's default icon set, so it is written without a name.
    #expect(iconSets.map { $0.attributes["iconSet"] } == [nil, "3Symbols2"])
    #expect(iconSets.first?.attributes["reverse"] == "1")
    #expect(iconSets.last?.attributes["reverse"] == nil)
    // Cell-value rules use differential formats, which live in styles.xml.
    #expect(try file.xml("xl/styles.xml").descendants(named: "dxf").count >= 1)
  }

  @Test func pageSetup() throws {
    let scratch = try ScratchDirectory()
    let file = try scratch.write { _, sheet in
      try sheet.write("x", row: 0, column: 0)
      try sheet.setLandscape()
      try sheet.setPaperA4()
      try sheet.fitToPages(width: 1, height: 0)
      try sheet.repeatRows(first: 0, last: 1)
      try sheet.setPrintArea(firstRow: 0, firstColumn: 0, lastRow: 20, lastColumn: 5)
      try sheet.setMargins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75)
      try sheet.setHeader("&Cדוח ועדת שגשוג")
      try sheet.setFooter("&Lעמוד &P מתוך &N&R&A")
    }
    let contents = try file.sheet(named: "Sheet1")
    let setup = try #require(contents.root.child(named: "pageSetup"))
    #expect(setup.attributes["orientation"] == "landscape")
    #expect(setup.attributes["paperSize"] == "9")
    #expect(setup.attributes["fitToWidth"] == nil || setup.attributes["fitToWidth"] == "1")
    #expect(setup.attributes["fitToHeight"] == "0")
    #expect(contents.root.descendants(named: "pageSetUpPr").first?.attributes["fitToPage"] == "1")
    let headerFooter = try #require(contents.root.child(named: "headerFooter"))
    #expect(headerFooter.child(named: "oddHeader")?.text == "&Cדוח ועדת שגשוג")
    #expect(headerFooter.child(named: "oddFooter")?.text == "&Lעמוד &P מתוך &N&R&A")
    let names = try file.xml("xl/workbook.xml").descendants(named: "definedName")
    let titles = try #require(names.first { $0.attributes["name"] == "_xlnm.Print_Titles" })
    #expect(titles.text == "Sheet1!$1:$2")
    let area = try #require(names.first { $0.attributes["name"] == "_xlnm.Print_Area" })
    #expect(area.text == "Sheet1!$A$1:$F$21")
  }

  @Test func pageBreaksWithAPrintScale() throws {
    let scratch = try ScratchDirectory()
    let file = try scratch.write { _, sheet in
      for row in 0..<60 { try sheet.write("row \(row)", row: row, column: 0) }
      try sheet.setPrintScale(72)
      try sheet.setPageBreaks(beforeRows: [40, 12])
    }
    let contents = try file.sheet(named: "Sheet1")
    #expect(contents.root.child(named: "pageSetup")?.attributes["scale"] == "72")
    let breaks = try #require(contents.root.child(named: "rowBreaks"))
    // OOXML numbers a break by the row above it, counted from 1: the same number as ours.
    #expect(breaks.children(named: "brk").map { $0.attributes["id"] } == ["12", "40"])
    #expect(breaks.children(named: "brk").allSatisfy { $0.attributes["man"] == "1" })
  }

  @Test func pageBreaksAndScalesOutOfRangeAreRefused() throws {
    let scratch = try ScratchDirectory()
    _ = try scratch.write { _, sheet in
      #expect(throws: XlsxError.self) { try sheet.setPrintScale(5) }
      #expect(throws: XlsxError.self) { try sheet.setPageBreaks(beforeRows: [0]) }
      #expect(throws: XlsxError.self) {
        try sheet.setPageBreaks(beforeRows: Array(1...(Worksheet.pageBreaksMaximum + 1)))
      }
      try sheet.write("x", row: 0, column: 0)
    }
  }

  @Test func tableAndListValidation() throws {
    let scratch = try ScratchDirectory()
    let file = try scratch.write(sheet: "נתונים") { workbook, sheet in
      try sheet.addTable(
        firstRow: 0, firstColumn: 0, lastRow: 3, lastColumn: 1, name: "Budget",
        columns: ["סעיף", "סכום"], style: .medium(2), totalRow: false)
      try sheet.write("חינוך", row: 1, column: 0)
      try sheet.write(100, row: 1, column: 1)
      let lists = try workbook.addWorksheet(named: "Lists")
      for (row, option) in ["כן", "לא"].enumerated() {
        try lists.write(option, row: row, column: 0)
      }
      let source = CellReference.rangeFormula(
        sheet: "Lists", firstRow: 0, firstColumn: 0, lastRow: 1, lastColumn: 0)
      try sheet.dataValidationList(
        firstRow: 1, firstColumn: 2, lastRow: 3, lastColumn: 2, sourceRange: source)
      try sheet.dataValidationNumber(
        firstRow: 1, firstColumn: 1, lastRow: 3, lastColumn: 1, minimum: 0, maximum: 1e6,
        wholeNumbers: true, errorTitle: "סכום שגוי")
    }
    let tableMember = try #require(try file.memberNames.first { $0.hasPrefix("xl/tables/") })
    let table = try file.xml(tableMember)
    #expect(table.attributes["name"] == "Budget")
    #expect(table.attributes["ref"] == "A1:B4")
    #expect(
      table.descendants(named: "tableColumn").map { $0.attributes["name"] } == ["סעיף", "סכום"])
    #expect(table.child(named: "tableStyleInfo")?.attributes["name"] == "TableStyleMedium2")
    let sheet = try file.sheet(named: "נתונים")
    let validation = try #require(sheet.root.descendants(named: "dataValidation").first)
    #expect(validation.attributes["type"] == "list")
    #expect(validation.attributes["sqref"] == "C2:C4")
    #expect(validation.child(named: "formula1")?.text == "'Lists'!$A$1:$A$2")
    let number = try #require(
      sheet.root.descendants(named: "dataValidation").first { $0.attributes["type"] == "whole" })
    #expect(number.attributes["sqref"] == "B2:B4")
    #expect(number.attributes["errorTitle"] == "סכום שגוי")
    #expect(number.child(named: "formula2")?.text == "1000000")
  }
}
