/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User page table entries. Four levels of 512 entries (48-bit VAs, 4K
 * pages). A present user pte is a page descriptor with PTE_USER, nG and
 * PXN; PTE_RDONLY unless the mapping is writable right now (private
 * pages stay read-only until their copy-on-write fault), PTE_UXN unless
 * executable. PROT_NONE keeps the page with the valid bit clear.
 */
#ifndef __ASM_PGTABLE_H
#define __ASM_PGTABLE_H

#include <asm/pgtable-hwdef.h>
#include <asm/page.h>

#define PTE_NG			(_AC(1, UL) << 11)	/* not global: per address space */
#define PTE_PROT_NONE		(_AC(1, UL) << 58)	/* software: present, no access */

#define PTRS_PER_PGD		PTRS_PER_PTE
#define PTE_SHIFT		PAGE_SHIFT

#define PAGE_USER_BASE		(PTE_TYPE_PAGE | PTE_AF | PTE_SHARED | \
				 PTE_ATTRINDX(MT_NORMAL) | PTE_NG | PTE_PXN)

#ifndef __ASSEMBLY__
#include <linux/types.h>
#include <asm/pgtable-types.h>

typedef u64 pte_t;

struct mm_struct;

/* mm/pgd.c: the pte for addr in mm, making the tables if alloc */
pte_t *walk_pte(struct mm_struct *mm, unsigned long addr, bool alloc);

typedef void (*pte_fn_t)(pte_t *ptep, unsigned long addr, void *data);

/* mm/pgd.c: call fn for every present pte in [start, end), skipping absent tables */
void walk_pte_range(pgd_t *pgd, unsigned long start, unsigned long end,
		    pte_fn_t fn, void *data);

static inline bool pte_present(pte_t pte)
{
	return pte & (PTE_VALID | PTE_PROT_NONE);
}

static inline bool pte_valid(pte_t pte)
{
	return pte & PTE_VALID;
}

static inline bool pte_protnone(pte_t pte)
{
	return pte & PTE_PROT_NONE;
}

static inline pte_t pte_wrprotect(pte_t pte)
{
	return pte | PTE_RDONLY;
}

/* A present user page at phys, as yet without user access: readable, writable, executable. */
static inline pte_t pte_mkpage(phys_addr_t phys)
{
	return phys | PAGE_USER_BASE;
}

static inline pte_t pte_mkuser(pte_t pte)
{
	return pte | PTE_USER;
}

static inline pte_t pte_mknexec(pte_t pte)
{
	return pte | PTE_UXN;
}

/* The page kept mapped but with no access (PROT_NONE). */
static inline pte_t pte_mkprotnone(pte_t pte)
{
	return (pte & ~PTE_VALID) | PTE_PROT_NONE;
}

static inline bool pte_write(pte_t pte)
{
	return (pte & PTE_VALID) && !(pte & PTE_RDONLY);
}

static inline phys_addr_t pte_phys(pte_t pte)
{
	return pte & PTE_ADDR_MASK;
}

static inline unsigned int pgtable_index(unsigned long va, int level)
{
	return (va >> (PGDIR_SHIFT - 9 * level)) & (PTRS_PER_PTE - 1);
}

static inline void flush_tlb_all(void)
{
	asm volatile("dsb ishst\n\ttlbi vmalle1\n\tdsb ish\n\tisb" ::: "memory");
}

static inline void flush_tlb_page_addr(unsigned long addr)
{
	asm volatile("dsb ishst\n\ttlbi vaae1, %0\n\tdsb ish\n\tisb"
		     : : "r" (addr >> PAGE_SHIFT) : "memory");
}
#endif

#endif
