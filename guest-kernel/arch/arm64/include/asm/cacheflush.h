/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_CACHEFLUSH_H
#define __ASM_CACHEFLUSH_H

#include <linux/linkage.h>

asmlinkage void caches_clean_inval_pou(unsigned long start, unsigned long end);

/* Make instructions just written to [start, end) the ones that run. */
static inline void flush_icache_range(unsigned long start, unsigned long end)
{
	caches_clean_inval_pou(start, end);
}

#endif
