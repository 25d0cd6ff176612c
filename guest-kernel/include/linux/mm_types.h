/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/types.h>
#include <asm/pgtable-types.h>

/* An address space. Only the kernel's (init_mm) exists so far. */
struct mm_struct {
	pgd_t *pgd;
};

extern struct mm_struct init_mm;

/* Per physical page metadata, as Linux's struct page (much smaller). */
struct page {
	u8 flags;
	u8 order;		/* of the block this page heads */
	u8 slab_shift;		/* kmalloc object size, log2 */
	u8 unused;
};

#define PG_slab		(1 << 0)	/* belongs to a kmalloc cache */

#endif
