import CFileSystem

/// The calling thread's scheduling priority (Linux niceness: 0 normal, up to 19 lowest), through
/// C, since the Swift Glibc module cannot name a thread to `setpriority`.
package enum ThreadPriority {
  /// The calling thread's niceness.
  static func current() throws(SystemCallFailure) -> Int32 {
    var niceness: Int32 = 0
    try SystemCallFailure.check(prosperity_thread_niceness(&niceness), "getpriority")
    return niceness
  }

  /// Lowers the calling thread to `niceness` (raising it back needs privileges no run has).
  package static func lower(to niceness: Int32) throws(SystemCallFailure) {
    try SystemCallFailure.check(prosperity_set_thread_niceness(niceness), "setpriority")
  }
}
