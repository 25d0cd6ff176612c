// SPDX-License-Identifier: GPL-2.0
/*
 * User page tables, four levels of 512 entries: finding and making the
 * pte of an address, walking the present ones, freeing the tables of an
 * mm (asm/pgalloc.h).
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>

/* The level-3 entry for addr in mm, making the tables on the way if alloc. */
pte_t *walk_pte(struct mm_struct *mm, unsigned long addr, bool alloc)
{
	u64 *table = (u64 *)mm->pgd;
	int level;

	for (level = 0; level < 3; level++) {
		u64 *entry = &table[pgtable_index(addr, level)];

		if (!(*entry & PTE_VALID)) {
			void *next;

			if (!alloc)
				return NULL;
			/* Linux's GFP_PGTABLE_USER */
			next = (void *)get_zeroed_page(GFP_KERNEL_ACCOUNT);
			if (!next)
				return NULL;
			mm->pgtables_bytes += PAGE_SIZE;
			*entry = __pa(next) | PMD_TYPE_TABLE;
		}
		table = __va(*entry & PTE_ADDR_MASK);
	}
	return &table[pgtable_index(addr, 3)];
}

/* Call fn for every present pte in [start, end), skipping absent tables. */
void walk_pte_range(pgd_t *pgd, unsigned long start, unsigned long end,
			 pte_fn_t fn, void *data)
{
	unsigned long addr = start;

	while (addr < end) {
		u64 *table = (u64 *)pgd;
		int level;

		for (level = 0; level < 3; level++) {
			u64 entry = table[pgtable_index(addr, level)];
			unsigned long span = 1UL << (PGDIR_SHIFT - 9 * level);

			if (!(entry & PTE_VALID)) {
				addr = (addr & ~(span - 1)) + span;
				goto next;
			}
			table = __va(entry & PTE_ADDR_MASK);
		}
		for (; addr < end; addr += PAGE_SIZE) {
			pte_t *ptep = &table[pgtable_index(addr, 3)];

			if (pte_present(*ptep))
				fn(ptep, addr, data);
			if (pgtable_index(addr, 3) == PTRS_PER_PTE - 1) {
				addr += PAGE_SIZE;
				break;
			}
		}
next:
		if (!addr)	/* wrapped past the top */
			break;
	}
}

void free_table(u64 *table, int level)
{
	int i, j;

	if (level < 3) {
		/* four entries a test: most of a table is empty */
		for (i = 0; i < PTRS_PER_PTE; i += 4) {
			if (!((table[i] | table[i + 1] | table[i + 2] |
			       table[i + 3]) & PTE_VALID))
				continue;
			for (j = i; j < i + 4; j++)
				if (table[j] & PTE_VALID)
					free_table(__va(table[j] & PTE_ADDR_MASK),
						   level + 1);
		}
	}
	free_page((unsigned long)table);
}
