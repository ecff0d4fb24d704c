// glibc's malloc, tuned for a terminal program.
//
// By default glibc gives every thread that allocates its own arena, each
// keeping its freed pages, and raises its mmap threshold after the first
// large free, so the transient buffers of decoding a page of projects stay
// in the heap afterwards. A program that decodes a few pages at a time
// gains nothing from either: with a 20,000-project picker, one arena and a
// fixed 64 KiB threshold lower the peak resident size by about 2 MiB
// (measured with scripts/bench, memory). The settings only shape arenas
// made after them, so this is called first thing. A setting given in the
// environment (MALLOC_ARENA_MAX, ...) wins. In C because <malloc.h> is not
// part of Swift's Glibc module.
#include "CMallocTuning.h"
#include <stdlib.h> // before the test: <features.h> defines __GLIBC__

#if defined(__GLIBC__)
#include <malloc.h>

int atlas_malloc_tune(void) {
    int applied = 0;
    if (!getenv("MALLOC_TRIM_THRESHOLD_") && mallopt(M_TRIM_THRESHOLD, 64 * 1024)) applied++;
    if (!getenv("MALLOC_MMAP_THRESHOLD_") && mallopt(M_MMAP_THRESHOLD, 64 * 1024)) applied++;
    if (!getenv("MALLOC_ARENA_MAX") && mallopt(M_ARENA_MAX, 1)) applied++;
    return applied;
}
#else
int atlas_malloc_tune(void) { return 0; }
#endif
