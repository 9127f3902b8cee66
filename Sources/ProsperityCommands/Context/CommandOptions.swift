import ProsperityModel

/// The options every command shares.
package struct CommandOptions: Sendable {
  var inputs: String
  var reports: String
  var language: Language
  /// Only errors are printed, so cron mails only trouble.
  var quiet: Bool

  /// The options as the command line gives them; its defaults too: `Inputs`, `Reports`, Hebrew.
  package init(
    inputs: String = "Inputs", reports: String = "Reports", language: Language = .hebrew,
    quiet: Bool = false
  ) {
    self.inputs = inputs
    self.reports = reports
    self.language = language
    self.quiet = quiet
  }
}
