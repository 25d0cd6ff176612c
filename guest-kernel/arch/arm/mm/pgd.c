// SPDX-License-Identifier: GPL-2.0
/*
 * User page tables: a 16 KiB first-level table per address space (as
 * Linux/arm without LPAE), whose entries from MODULES_VADDR up are the
 * kernel's (copied from swapper_pg_dir when made and when switched to),
 * and second-level pages made on demand (arch/arm/mm/mmu.c).
 */
#include <linux/kernel.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <asm/mmu_context.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>

#define PGD_ORDER		2	/* 16 KiB */
#define USER_PTRS_PER_PGD	(TASK_SIZE >> SECTION_SHIFT)
#define KERNEL_PGD_INDEX	(MODULES_VADDR >> SECTION_SHIFT)

pte_t *walk_pte_alloc(pgd_t *pgd, unsigned long va, bool alloc, bool *made);

pte_t *walk_pte(struct mm_struct *mm, unsigned long addr, bool alloc)
{
	bool made = false;
	pte_t *pte = walk_pte_alloc(mm->pgd, addr, alloc, &made);

	if (made)
		mm->pgtables_bytes += PAGE_SIZE;
	return pte;
}

void walk_pte_range(pgd_t *pgd, unsigned long start, unsigned long end,
		    pte_fn_t fn, void *data)
{
	unsigned long addr = start;

	while (addr < end) {
		pte_t *pte = walk_pte_alloc(pgd, addr, false, NULL);

		if (!pte) {
			addr = (addr & ~(SECTION_SIZE - 1)) + SECTION_SIZE;
			if (!addr)
				break;
			continue;
		}
		if (pte_present(*pte))
			fn(pte, addr, data);
		addr += PAGE_SIZE;
	}
}

/* The kernel's first-level entries, which may have grown since (vmalloc, modules). */
void pgd_sync_kernel(pgd_t *pgd)
{
	if (pgd == swapper_pg_dir)
		return;
	memcpy(&pgd[KERNEL_PGD_INDEX], &swapper_pg_dir[KERNEL_PGD_INDEX],
	       (PTRS_PER_PGD - KERNEL_PGD_INDEX) * sizeof(pgd_t));
}

pgd_t *pgd_alloc(struct mm_struct *mm)
{
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_ZERO, PGD_ORDER);
	pgd_t *pgd;

	if (!page)
		return NULL;
	pgd = page_address(page);
	pgd_sync_kernel(pgd);
	return pgd;
}

/* Free the second-level pages of user space, then the table. */
void pgd_free(struct mm_struct *mm, pgd_t *pgd)
{
	unsigned int i, j;

	for (i = 0; i < USER_PTRS_PER_PGD; i += 4) {
		for (j = i; j < i + 4; j++) {
			if ((pgd[j].pgd & PMD_TYPE_MASK) == PMD_TYPE_TABLE) {
				free_page((unsigned long)__va(pgd[j].pgd & PAGE_MASK));
				break;
			}
		}
	}
	__free_pages(virt_to_page(pgd), PGD_ORDER);
}
