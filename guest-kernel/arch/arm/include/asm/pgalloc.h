/* SPDX-License-Identifier: GPL-2.0 */
/* Allocating and freeing an address space's page tables (arch/arm/mm/pgd.c). */
#ifndef __ASM_PGALLOC_H
#define __ASM_PGALLOC_H

#include <asm/pgtable.h>

struct mm_struct;

pgd_t *pgd_alloc(struct mm_struct *mm);
void pgd_free(struct mm_struct *mm, pgd_t *pgd);

#endif
