/// The tables of every text a user reads, each entry in Hebrew and English together
/// (``LocalizedText``). Each stage adds its own entries in its `Text/` folder, so a message is
/// written where the stage that shows it can find it, and never in one language only.

/// Diagnostic messages: problems found in the inputs and while computing.
package enum Messages {}

/// The labels and sentences of the committee reports.
package enum ReportText {}

/// The labels and sentences of the comparison reports.
package enum CompareText {}

/// The words of restatements: published values that changed since they were published.
package enum RestatementText {}

/// What the commands say about their own work.
package enum JobText {}
