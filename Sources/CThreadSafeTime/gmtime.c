#include "CThreadSafeTime.h"

// libxlsxwriter formats a workbook's creation date with gmtime(), whose result is one buffer the
// whole process shares. Two workbooks closed at once (a run builds two quarters at a time, and the
// engine committees' packs on every core) could each write a date torn from the other's: a wrong
// date, or one that does not exist, which readers refuse. Defined here, in the program, this
// gmtime is found before glibc's by every library the program loads, and gives each thread a
// buffer of its own.
struct tm *gmtime(const time_t *timer) {
  static __thread struct tm buffer;
  return gmtime_r(timer, &buffer);
}
