// SPDX-License-Identifier: GPL-2.0
/*
 * What a module's inlined copy_{to,from}_user() calls when the compiler
 * knows the kernel buffer is smaller than the count it is given at run
 * time (check_copy_size()): a warning, and the copy is not made.
 */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/export.h>
#include <linux/uaccess.h>

/* "WARNING: ... at mm/maccess.c:N": the line of Linux 6.1's WARN() */
#define COPY_OVERFLOW_WARN_LINE	228

void __copy_overflow(int size, unsigned long count)
{
	WARN_AT_LINE(COPY_OVERFLOW_WARN_LINE,
		     "Buffer overflow detected (%d < %lu)!\n", size, count);
}
EXPORT_SYMBOL(__copy_overflow);
