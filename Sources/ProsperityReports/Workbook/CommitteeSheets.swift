/// The committee workbook's sheets in tab order. StartedWorkbook names their tabs, adds them right
/// to left in Hebrew, writes them at their stage and sets them up for print: no sheet does any of
/// that itself.
///
/// To add a sheet: write it in a file of its own as a ``CommitteeSheet`` (ChecksSheet is a short
/// example; SheetScaffold.swift gives it its title, header row, filter and widths), add its name
/// to `ReportText` in both languages, and add its type to this list where its tab goes.
enum CommitteeSheets {
  static var all: [any CommitteeTabs.Type] {
    [
      // What the committee discusses…
      SummarySheet.self,
      EngineSheet.self,
      CommentarySheet.self,
      LocalitySheet.self,
      // …then the appendix it looks things up in.
      HistorySheet.self,
      ActivitiesSheet.self,
      DataQualitySheet.self,
      CompletenessSheet.self,
      ChecksSheet.self,
      DefinitionsSheet.self,
      // Found only once every earlier quarter is read, so added last.
      RestatementSheet.self,
    ]
  }
}
