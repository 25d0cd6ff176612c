// SPDX-License-Identifier: GPL-2.0
/*
 * Patching one ARM instruction of text that may already be read-only
 * (a module's, when a static key flips): the store goes through the
 * page's linear-map alias, as Linux/arm's goes through a fixmap slot,
 * then the instruction cache is made to see it.
 *
 * The TLB flush is for the emulator, as on arm64 (patching.c there):
 * Unicorn keeps running code it translated from the old instruction
 * when the store came through another mapping.
 */
#include <linux/kernel.h>
#include <linux/vmalloc.h>
#include <asm/cacheflush.h>
#include <asm/memory.h>
#include <asm/patch.h>
#include <asm/pgtable.h>

void __patch_text(void *addr, unsigned int insn)
{
	unsigned long va = (unsigned long)addr;
	u32 *alias = addr;

	if (va >= MODULES_VADDR && va < PAGE_OFFSET)
		alias = kernel_range_alias(va);
	if (WARN_ON(!alias))
		return;
	*alias = insn;
	flush_icache_range((unsigned long)alias, (unsigned long)alias + 4);
	flush_icache_range(va, va + 4);
	flush_tlb_all();
}
