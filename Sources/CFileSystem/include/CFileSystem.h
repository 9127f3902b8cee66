#ifndef PROSPERITY_CFILESYSTEM_H
#define PROSPERITY_CFILESYSTEM_H

/// Atomically exchanges two existing paths (files or folders) with renameat2(RENAME_EXCHANGE),
/// which the Swift Glibc module does not expose. Returns 0, or -1 with errno set.
int prosperity_exchange_paths(const char *first, const char *second);

#endif
