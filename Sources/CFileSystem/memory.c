// <stdlib.h> first: it defines __GLIBC__ where glibc is the C library.
#include <stdlib.h>

#include "CFileSystem.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

int prosperity_keep_freed_memory(int bytes) {
#ifdef __GLIBC__
  return mallopt(M_TRIM_THRESHOLD, bytes);
#else
  (void)bytes;
  return 1;
#endif
}
