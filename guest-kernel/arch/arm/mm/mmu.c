// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel's page tables (short descriptors, swapper_pg_dir below the
 * kernel): RAM in the linear map in 1 MiB sections (the kernel image
 * executable, the rest not), and second-level tables for what is mapped
 * page by page at run time: the module area, vmalloc() and ioremap().
 * A second-level page holds the four 1 KiB tables of four consecutive
 * first-level entries. User address spaces copy the kernel's entries
 * (mm/pgd.c, cpu_switch_mm()).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/init.h>
#include <linux/io.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <asm/mmu_context.h>
#include <asm/pgtable.h>
#include <asm/pgtable-hwdef.h>
#include <asm/sections.h>
#include <asm/sysreg.h>

struct mm_struct init_mm = { .pgd = swapper_pg_dir };

#define PMD_GROUP	4	/* first-level entries sharing a second-level page */

static u32 *pgd_entry(pgd_t *pgd, unsigned long va)
{
	return &pgd[va >> SECTION_SHIFT].pgd;
}

/* The domain of va's first-level entry: user space's, devices' or the kernel's. */
static u32 pmd_domain(unsigned long va)
{
	if (va < TASK_SIZE)
		return PMD_DOMAIN(DOMAIN_USER);
	if (va >= IOREMAP_START && va < IOREMAP_END)
		return PMD_DOMAIN(DOMAIN_IO);
	return PMD_DOMAIN(DOMAIN_KERNEL);
}

/*
 * The pte for va in pgd's tables, making the second-level page (from
 * alloc_page()) if alloc; NULL inside a section or without a table.
 */
pte_t *walk_pte_alloc(pgd_t *pgd, unsigned long va, bool alloc, bool *made)
{
	u32 *pmd = pgd_entry(pgd, va);

	if ((*pmd & PMD_TYPE_MASK) == PMD_TYPE_FAULT) {
		u32 *group = pgd_entry(pgd, va & ~(PMD_GROUP * SECTION_SIZE - 1));
		unsigned long page;
		int i;

		if (!alloc)
			return NULL;
		page = get_zeroed_page(GFP_KERNEL);
		if (!page)
			return NULL;
		/* the allocation may have slept: someone else made it */
		if ((*pmd & PMD_TYPE_MASK) != PMD_TYPE_FAULT) {
			free_page(page);
		} else {
			for (i = 0; i < PMD_GROUP; i++)
				group[i] = (__pa(page) + i * 1024) | PMD_TYPE_TABLE |
					   pmd_domain(va);
			if (made)
				*made = true;
		}
	}
	if ((*pmd & PMD_TYPE_MASK) != PMD_TYPE_TABLE)
		return NULL;
	return (pte_t *)__va(*pmd & PMD_TABLE_MASK) + ((va >> PAGE_SHIFT) & (PTRS_PER_PTE - 1));
}

static void clean_pte(pte_t *pte)
{
	asm volatile("mcr p15, 0, %0, c7, c10, 1" : : "r" (pte) : "memory");	/* DCCMVAC */
	dsb(ishst);
}

int map_kernel_range(unsigned long va, void **pages, unsigned int nr,
		     pgprot_t prot)
{
	unsigned int i;

	for (i = 0; i < nr; i++, va += PAGE_SIZE) {
		pte_t *pte = walk_pte_alloc(swapper_pg_dir, va, true, NULL);

		if (!pte)
			return -ENOMEM;
		*pte = __pa(pages[i]) | prot;
		clean_pte(pte);
	}
	isb();
	return 0;
}

void unmap_kernel_range(unsigned long va, unsigned int nr)
{
	unsigned int i;

	for (i = 0; i < nr; i++, va += PAGE_SIZE) {
		pte_t *pte = walk_pte_alloc(swapper_pg_dir, va, false, NULL);

		if (pte)
			*pte = 0;
	}
	flush_tlb_all();
}

void protect_kernel_range(unsigned long va, unsigned int nr, pgprot_t prot)
{
	unsigned int i;

	for (i = 0; i < nr; i++, va += PAGE_SIZE) {
		pte_t *pte = walk_pte_alloc(swapper_pg_dir, va, false, NULL);

		if (pte && pte_valid(*pte))
			*pte = (*pte & PTE_ADDR_MASK) | prot;
	}
	flush_tlb_all();
}

void *kernel_range_alias(unsigned long va)
{
	pte_t *pte = walk_pte_alloc(swapper_pg_dir, va, false, NULL);

	if (!pte || !pte_valid(*pte))
		return NULL;
	return __va(*pte & PTE_ADDR_MASK) + (va & ~PAGE_MASK);
}

bool kern_addr_valid(unsigned long addr)
{
	u32 pmd = *pgd_entry(swapper_pg_dir, addr);
	pte_t *pte;

	if (addr < MODULES_VADDR)
		return false;
	if ((pmd & PMD_TYPE_MASK) == PMD_TYPE_SECT)
		return true;
	pte = walk_pte_alloc(swapper_pg_dir, addr, false, NULL);
	return pte && pte_valid(*pte);
}

/* Read-only at PL1 and PL0, executable: what user space sees at 0xffff0000. */
#define PAGE_VECTORS	(PTE_TYPE_SMALL | PTE_MT_NORMAL | PTE_AP_USER | PTE_APX)

static pte_t vectors_ptes[PMD_GROUP * PTRS_PER_PTE] __aligned(PAGE_SIZE);

/*
 * The high vectors page at VECTORS_BASE (user-readable, for the kuser
 * helpers) and the stubs page above it (the kernel's alone), in tables of
 * the image's own, as Linux/arm's devicemaps_init() maps them.
 */
void __init map_vectors_page(void *vectors, void *stubs)
{
	unsigned long group = VECTORS_BASE & ~(PMD_GROUP * SECTION_SIZE - 1);
	pte_t *pte = &vectors_ptes[(VECTORS_BASE - group) >> PAGE_SHIFT];
	int i;

	for (i = 0; i < PMD_GROUP; i++)
		*pgd_entry(swapper_pg_dir, group + i * SECTION_SIZE) =
			(__pa_symbol(vectors_ptes) + i * 1024) | PMD_TYPE_TABLE |
			PMD_DOMAIN(DOMAIN_VECTORS);
	pte[0] = __pa(vectors) | PAGE_VECTORS;
	pte[1] = __pa(stubs) | PAGE_KERNEL_RO;
	clean_pte(&pte[0]);
	clean_pte(&pte[1]);
	flush_tlb_all();
}

/* Device registers: pages in the ioremap window, never given back. */
static unsigned long ioremap_next = IOREMAP_START;

void __iomem *ioremap(phys_addr_t phys_addr, size_t size)
{
	phys_addr_t base = phys_addr & PAGE_MASK;
	unsigned long len = PAGE_ALIGN(phys_addr + size) - base, va, off;

	if (len > IOREMAP_END - ioremap_next)
		return NULL;
	va = ioremap_next;
	for (off = 0; off < len; off += PAGE_SIZE) {
		pte_t *pte = walk_pte_alloc(swapper_pg_dir, va + off, true, NULL);

		if (!pte)
			return NULL;
		*pte = (base + off) | PROT_DEVICE;
		clean_pte(pte);
	}
	ioremap_next += len;
	isb();
	return (void __iomem *)(va + (phys_addr & ~PAGE_MASK));
}

static void __init map_section(unsigned long va, phys_addr_t pa, u32 prot)
{
	*pgd_entry(swapper_pg_dir, va) = (pa & PMD_SECT_MASK) | prot;
}

/*
 * The first-level group holding the kernel image is mapped page by page,
 * so that each part of the image has its own rights (STRICT_KERNEL_RWX):
 * text and init text read-only and executable, read-only data and the
 * symbol table read-only, the rest read-write and not executable.
 */
static pte_t kernel_ptes[PMD_GROUP * PTRS_PER_PTE] __aligned(PAGE_SIZE);

static pgprot_t __init kernel_page_prot(unsigned long va)
{
	if (va < (unsigned long)_text)
		return PAGE_KERNEL;
	if (va < (unsigned long)__start_rodata)
		return PAGE_KERNEL_ROX;
	if (va < (unsigned long)__init_begin)
		return PAGE_KERNEL_RO;
	if (va < (unsigned long)__inittext_end)
		return PAGE_KERNEL_ROX;
	if (va < (unsigned long)__start_kallsyms)
		return PAGE_KERNEL;
	if (va < (unsigned long)_end)
		return PAGE_KERNEL_RO;
	return PAGE_KERNEL;
}

static void __init map_kernel_group(unsigned long group, phys_addr_t ram_end)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(kernel_ptes); i++) {
		unsigned long va = group + i * PAGE_SIZE;

		if (__pa(va) < ram_end)
			kernel_ptes[i] = __pa(va) | kernel_page_prot(va);
	}
	for (i = 0; i < PMD_GROUP; i++)
		*pgd_entry(swapper_pg_dir, group + i * SECTION_SIZE) =
			(__pa_symbol(kernel_ptes) + i * 1024) | PMD_TYPE_TABLE;
}

/*
 * RAM in the linear map (up to LOWMEM_SIZE), in sections not executable,
 * but for the kernel image's group (map_kernel_group()); the boot identity
 * section goes.
 */
void __init paging_init(void)
{
	unsigned long group = (unsigned long)_text & ~(PMD_GROUP * SECTION_SIZE - 1);
	phys_addr_t ram_end = 0;
	struct memblock_region *rgn;
	unsigned long va;

	if ((unsigned long)_end > group + PMD_GROUP * SECTION_SIZE)
		panic("%s: the kernel image spans more than %u MiB\n", __func__, PMD_GROUP);
	for_each_mem_region(rgn) {
		phys_addr_t start = ALIGN(rgn->base, SECTION_SIZE);
		phys_addr_t end = (rgn->base + rgn->size) & ~(SECTION_SIZE - 1);

		if (end - PHYS_OFFSET > LOWMEM_SIZE)
			end = PHYS_OFFSET + LOWMEM_SIZE;
		ram_end = max(ram_end, end);
		for (; start < end; start += SECTION_SIZE) {
			va = (unsigned long)__va(start);
			if (va - group >= PMD_GROUP * SECTION_SIZE)
				map_section(va, start, SECT_NORMAL);
		}
	}
	map_kernel_group(group, ram_end);
	*pgd_entry(swapper_pg_dir, __pa_symbol(_text)) = 0;
	dsb(ishst);
	flush_tlb_all();
}

/* Linux's clear_page()/copy_page() */
void clear_page(void *to)
{
	memset(to, 0, PAGE_SIZE);
}

void copy_page(void *to, const void *from)
{
	memcpy(to, from, PAGE_SIZE);
}
