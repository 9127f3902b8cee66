// gmtime(3) with a buffer per thread, defined in the program so that it is found before glibc's
// (see gmtime.c). Nothing to call: linking this target in is the whole of it.
#include <time.h>

struct tm *gmtime(const time_t *timer);
