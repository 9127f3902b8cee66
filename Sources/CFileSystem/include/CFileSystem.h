#ifndef PROSPERITY_CFILESYSTEM_H
#define PROSPERITY_CFILESYSTEM_H

/// Atomically exchanges two existing paths (files or folders) with renameat2(RENAME_EXCHANGE),
/// which the Swift Glibc module does not expose. Returns 0, or -1 with errno set.
int prosperity_exchange_paths(const char *first, const char *second);

/// Lets glibc keep up to `bytes` of freed memory at the top of the heap instead of handing it back
/// to the kernel (mallopt(M_TRIM_THRESHOLD), which the Swift Glibc module does not expose).
/// Returns 1 on success, 0 on failure; does nothing and returns 1 without glibc.
int prosperity_keep_freed_memory(int bytes);

/// Sets the calling thread's niceness (0 normal, up to 19 lowest), which the Swift Glibc module
/// cannot name a thread for. Returns 0, or -1 with errno set.
int prosperity_set_thread_niceness(int niceness);

/// Stores the calling thread's niceness (0 unless lowered) in `niceness`. Returns 0, or -1 with
/// errno set (getpriority's -1 is a valid niceness, so errno alone tells a failure).
int prosperity_thread_niceness(int *niceness);

#endif
