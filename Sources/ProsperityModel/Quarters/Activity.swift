/// One row of an engine's activity file.
package struct Activity: Sendable {
  package let id: String
  package let title: String
  package let category: String
  package let lead: String
  package let status: ActivityStatus?
  package let start: CalendarDate?
  package let end: CalendarDate?
  package let budgetPlanned: Double?
  package let budgetSpent: Double?
  package let participants: Double?
  package let notes: String
  package let location: SourceLocation
  /// Whether a field of the row could not be read; the row still shows, flagged.
  package let isRejected: Bool

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
