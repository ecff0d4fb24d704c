#ifndef C_MALLOC_TUNING_H
#define C_MALLOC_TUNING_H

/// Applies the program's glibc malloc settings (see tuning.c) and returns
/// how many were applied: 0 where the C library is not glibc, or where the
/// environment set them all. Call first thing, before work starts on other
/// threads.
int atlas_malloc_tune(void);

#endif
