import CFileSystem

/// How the process keeps memory it frees.
package enum FreedMemory {
  /// Keeps up to 8 MiB of freed memory for reuse: libxlsxwriter opens a zlib stream of about
  /// 270 KB for each of a workbook's 70-odd parts and frees it after the part, and by default
  /// glibc hands that memory back to the kernel each time, so the next part faults it in again
  /// (about 3 ms of a 45 ms run). Called once, at the start of the process.
  ///
  /// glibc then also stops raising its mmap threshold as the program goes, so blocks over
  /// 128 KiB are mapped for each use and handed back when freed: at the benchmark's medium scale
  /// the peak memory falls from 261 to 194 MB for 0.5 s more system time (2 % of the wall time).
  package static func keepForReuse() throws(SystemCallFailure) {
    // mallopt answers 1 or 0 and sets no errno.
    guard prosperity_keep_freed_memory(8 << 20) == 1 else {
      throw SystemCallFailure(call: "mallopt(M_TRIM_THRESHOLD)", reason: "refused")
    }
  }
}
