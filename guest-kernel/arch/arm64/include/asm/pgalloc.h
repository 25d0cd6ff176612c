/* SPDX-License-Identifier: GPL-2.0 */
/* Allocating and freeing an address space's page tables (arch/arm64/mm/pgd.c). */
#ifndef __ASM_PGALLOC_H
#define __ASM_PGALLOC_H

#include <linux/gfp.h>
#include <asm/pgtable.h>

struct mm_struct;

/* mm/pgd.c: free a table of the given level and every table under it */
void free_table(u64 *table, int level);

/* A pgd is one zeroed page. */
static inline pgd_t *pgd_alloc(struct mm_struct *mm)
{
	return (pgd_t *)get_zeroed_page(GFP_KERNEL);
}

/* Free the pgd and every table under it (their pages are gone already). */
static inline void pgd_free(struct mm_struct *mm, pgd_t *pgd)
{
	free_table((u64 *)pgd, 0);
}

#endif
