/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_CACHEFLUSH_H
#define __ASM_CACHEFLUSH_H

#include <linux/linkage.h>

/* arch/arm/mm/cache.S: clean D, invalidate I to the point of unification */
asmlinkage void flush_icache_range(unsigned long start, unsigned long end);

#endif
