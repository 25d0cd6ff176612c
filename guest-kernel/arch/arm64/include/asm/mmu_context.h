/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Switching address spaces: TTBR0 points at the next task's tables. No
 * ASIDs: the TLB is flushed on every switch (the emulator's TLB is not
 * tagged by ASID anyway).
 */
#ifndef __ASM_MMU_CONTEXT_H
#define __ASM_MMU_CONTEXT_H

#include <linux/mm_types.h>
#include <asm/memory.h>
#include <asm/pgtable.h>
#include <asm/sysreg.h>

struct task_struct;

static inline void cpu_switch_mm(pgd_t *pgd)
{
	write_sysreg(__pa(pgd), ttbr0_el1);
	isb();
	flush_tlb_all();
}

extern pgd_t reserved_pg_dir[];

/* TTBR0 with no user mappings (kernel threads, dying tasks). */
static inline void cpu_set_reserved_ttbr0(void)
{
	cpu_switch_mm(reserved_pg_dir);
}

/*
 * prev is what TTBR0 holds (a kernel thread borrows the mm it ran after):
 * going back to it changes nothing, and keeps the TLB. A loaded mm is
 * never freed while loaded (exit loads reserved_pg_dir first).
 */
static inline void switch_mm(struct mm_struct *prev, struct mm_struct *next,
			     struct task_struct *tsk)
{
	if (prev != next)
		cpu_switch_mm(next->pgd);
}

#endif
