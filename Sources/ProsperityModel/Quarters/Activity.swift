/// One row of an engine's activity file.
package struct Activity: Sendable {
  /// The `activity_id`, unique within the engine's file; comparisons match quarters' rows by it.
  package let id: String
  /// The activity's name as the engine wrote it.
  package let title: String
  /// The engine's own grouping of its activities (`תשתיות`), free text.
  package let category: String
  /// Who leads the activity (an authority, a company), free text.
  package let lead: String
  /// `nil` when empty or unreadable (an error): the row is flagged and counted under no status.
  package let status: ActivityStatus?
  /// The planned start; `nil` when empty or unreadable.
  package let start: CalendarDate?
  /// The planned end; `nil` when empty or unreadable.
  package let end: CalendarDate?
  /// In ₪; `nil` when empty or unreadable, never 0 in its place.
  package let budgetPlanned: Double?
  /// In ₪, spent so far; `nil` when empty or unreadable.
  package let budgetSpent: Double?
  /// The quarter's participants (a flow); `nil` when empty or unreadable.
  package let participants: Double?
  /// The `notes` column as written; empty when there is none.
  package let notes: String
  /// The row in the activity file.
  package let location: SourceLocation
  /// Whether a field of the row could not be read; the row still shows, flagged.
  package let isRejected: Bool

  /// An activity row as the file gives it, each field read or `nil`.
  package init(
    id: String, title: String, category: String, lead: String, status: ActivityStatus?,
    start: CalendarDate?, end: CalendarDate?, budgetPlanned: Double?, budgetSpent: Double?,
    participants: Double?, notes: String, location: SourceLocation, isRejected: Bool
  ) {
    self.id = id
    self.title = title
    self.category = category
    self.lead = lead
    self.status = status
    self.start = start
    self.end = end
    self.budgetPlanned = budgetPlanned
    self.budgetSpent = budgetSpent
    self.participants = participants
    self.notes = notes
    self.location = location
    self.isRejected = isRejected
  }
}
