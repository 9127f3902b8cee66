#define _GNU_SOURCE
#include <errno.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "CFileSystem.h"

// On Linux, PRIO_PROCESS with a thread id sets that thread alone (the Swift Glibc module has no
// gettid to name it).
int prosperity_set_thread_niceness(int niceness) {
  return setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), niceness);
}

int prosperity_thread_niceness(int *niceness) {
  errno = 0;
  int value = getpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid));
  if (value == -1 && errno != 0) return -1;
  *niceness = value;
  return 0;
}
