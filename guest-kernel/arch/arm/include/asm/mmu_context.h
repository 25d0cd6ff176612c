/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Switching address spaces: TTBR0 points at the next task's first-level
 * table, which carries the kernel's entries too (TTBCR.N = 0, as
 * Linux/arm without LPAE). No ASIDs: the TLB is flushed on every switch.
 */
#ifndef __ASM_MMU_CONTEXT_H
#define __ASM_MMU_CONTEXT_H

#include <linux/mm_types.h>
#include <asm/memory.h>
#include <asm/pgtable.h>
#include <asm/sysreg.h>

struct task_struct;

/* TTBR0 walks are inner/outer write-back cacheable, shareable (IRGN WB, RGN WB, S) */
#define TTB_FLAGS		0x6a

void pgd_sync_kernel(pgd_t *pgd);

static inline void cpu_switch_mm(pgd_t *pgd)
{
	pgd_sync_kernel(pgd);
	dsb(ishst);
	write_cp15(__pa(pgd) | TTB_FLAGS, c2, 0, c0, 0);
	isb();
	flush_tlb_all();
}

extern pgd_t swapper_pg_dir[];
void map_vectors_page(void *vectors, void *stubs);

/* Only the kernel's mappings (kernel threads, dying tasks). */
static inline void cpu_set_reserved_ttbr0(void)
{
	cpu_switch_mm(swapper_pg_dir);
}

static inline void switch_mm(struct mm_struct *prev, struct mm_struct *next,
			     struct task_struct *tsk)
{
	if (prev != next || next->pgd != (pgd_t *)0)
		cpu_switch_mm(next->pgd);
}

#endif
