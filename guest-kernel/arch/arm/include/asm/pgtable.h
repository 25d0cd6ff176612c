/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User page table entries: small-page descriptors in 256-entry
 * second-level tables. A present user pte is a small page with nG and
 * AP user RW, or user RO unless the mapping is writable right now (private
 * pages stay read-only until their copy-on-write fault); XN unless
 * executable. An entry whose type bits are clear is a fault for the MMU,
 * and the other bits are ours: PROT_NONE keeps the page's address there.
 */
#ifndef __ASM_PGTABLE_H
#define __ASM_PGTABLE_H

#include <asm/pgtable-hwdef.h>
#include <asm/page.h>

#define PTE_PROT_NONE		(_AC(1, UL) << 2)	/* software, with type 0 */
#define PAGE_USER_BASE		(PTE_TYPE_SMALL | PTE_MT_NORMAL | PTE_NG)

#ifndef __ASSEMBLY__
#include <linux/types.h>
#include <asm/pgtable-types.h>

typedef u32 pte_t;

struct mm_struct;

/* mm/pgd.c: the pte for addr in mm, making the tables if alloc */
pte_t *walk_pte(struct mm_struct *mm, unsigned long addr, bool alloc);

typedef void (*pte_fn_t)(pte_t *ptep, unsigned long addr, void *data);

/* mm/pgd.c: call fn for every present pte in [start, end), skipping absent tables */
void walk_pte_range(pgd_t *pgd, unsigned long start, unsigned long end,
		    pte_fn_t fn, void *data);

/* bit 1 makes a small page (bit 0 is its XN) */
static inline bool pte_valid(pte_t pte)
{
	return pte & PTE_TYPE_SMALL;
}

static inline bool pte_protnone(pte_t pte)
{
	return !pte_valid(pte) && (pte & PTE_PROT_NONE);
}

static inline bool pte_present(pte_t pte)
{
	return pte_valid(pte) || pte_protnone(pte);
}

static inline bool pte_write(pte_t pte)
{
	return pte_valid(pte) && !(pte & PTE_APX);
}

static inline pte_t pte_wrprotect(pte_t pte)
{
	return pte | PTE_APX;
}

/* A present page at phys, as yet kernel-only: readable, writable, executable. */
static inline pte_t pte_mkpage(phys_addr_t phys)
{
	return phys | PAGE_USER_BASE;
}

static inline pte_t pte_mkuser(pte_t pte)
{
	return pte | PTE_AP_USER;
}

static inline pte_t pte_mknexec(pte_t pte)
{
	return pte | PTE_XN;
}

/* The page kept mapped but with no access (PROT_NONE): a fault entry with its address. */
static inline pte_t pte_mkprotnone(pte_t pte)
{
	return (pte & PTE_ADDR_MASK) | PTE_PROT_NONE;
}

static inline phys_addr_t pte_phys(pte_t pte)
{
	return pte & PTE_ADDR_MASK;
}

static inline void flush_tlb_all(void)
{
	asm volatile("dsb ishst\n\tmcr p15, 0, %0, c8, c3, 0\n\tdsb ish\n\tisb"
		     : : "r" (0) : "memory");	/* TLBIALLIS */
}

static inline void flush_tlb_page_addr(unsigned long addr)
{
	asm volatile("dsb ishst\n\tmcr p15, 0, %0, c8, c3, 3\n\tdsb ish\n\tisb"
		     : : "r" (addr & PAGE_MASK) : "memory");	/* TLBIMVAAIS */
}
#endif

#endif
