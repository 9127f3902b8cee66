import CFileSystem

/// How the process keeps memory it frees.
public enum FreedMemory {
  /// Keeps up to 8 MiB of freed memory for reuse: libxlsxwriter opens a zlib stream of about
  /// 270 KB for each of a workbook's 70-odd parts and frees it after the part, and by default
  /// glibc hands that memory back to the kernel each time, so the next part faults it in again
  /// (about 3 ms of a 45 ms run). Called once, at the start of the process.
  public static func keepForReuse() {
    _ = prosperity_keep_freed_memory(8 << 20)
  }
}
