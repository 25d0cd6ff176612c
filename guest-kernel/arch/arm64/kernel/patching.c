// SPDX-License-Identifier: GPL-2.0
/*
 * Patching one instruction of text that may already be read-only and
 * executable (a module's, when a static key flips): the store goes
 * through the page's linear-map alias, as Linux goes through a fixmap
 * slot, then the instruction cache is made to see it.
 *
 * The TLB flush is for the emulator: Unicorn keeps running code it
 * translated from the old instruction when the store came through
 * another mapping (measured: the second of two sites patched in one
 * page kept its old behaviour); dropping the TLB drops those too.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/vmalloc.h>
#include <asm/insn.h>
#include <asm/memory.h>
#include <asm/pgtable.h>
#include <asm/sysreg.h>

int aarch64_insn_patch_text_nosync(void *addr, u32 insn)
{
	unsigned long va = (unsigned long)addr;
	u32 *alias;

	if (va & 3)
		return -EINVAL;
	if (va >= MODULES_VADDR && va < MODULES_END)
		alias = kernel_range_alias(va);
	else
		alias = addr;	/* kernel data (not text): writable here */
	if (!alias)
		return -EFAULT;
	*alias = insn;
	asm volatile("dc cvau, %0" : : "r" (alias) : "memory");
	dsb(ish);
	asm volatile("ic ivau, %0" : : "r" (addr) : "memory");
	dsb(ish);
	flush_tlb_all();
	isb();
	return 0;
}
