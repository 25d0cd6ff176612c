// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel's page tables (swapper_pg_dir, in TTBR1):
 *
 *   - the first 960 MiB of physical space, where the devices are, as
 *     Device memory, at PAGE_OFFSET + PA (so ioremap() needs no new
 *     mappings); the 64 MiB above it is the module area, page-mapped
 *     at run time (map_kernel_range());
 *   - all RAM at PAGE_OFFSET + PA, read-write and never executable,
 *     except the kernel image, mapped page by page with its sections'
 *     permissions (text read-only and executable, rodata read-only).
 *
 * TTBR0 gets the empty reserved_pg_dir (no identity map once the MMU is
 * on); tasks with an address space load their own tables there. Table
 * pages come from a static pool, since this runs before the page
 * allocator exists.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/init.h>
#include <linux/io.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <asm/pgtable.h>
#include <asm/pgtable-hwdef.h>
#include <asm/sections.h>
#include <asm/sysreg.h>

#define PGTABLE_POOL_PAGES	16

pgd_t swapper_pg_dir[PTRS_PER_PTE] __aligned(PAGE_SIZE);
pgd_t reserved_pg_dir[PTRS_PER_PTE] __aligned(PAGE_SIZE);
struct mm_struct init_mm = { .pgd = swapper_pg_dir };

static u64 pgtable_pool[PGTABLE_POOL_PAGES][PTRS_PER_PTE] __aligned(PAGE_SIZE);
static int pgtable_pool_used;

static unsigned int table_index(unsigned long va, int level)
{
	return (va >> (PGDIR_SHIFT - 9 * level)) & (PTRS_PER_PTE - 1);
}

static u64 *next_table(u64 entry)
{
	return __va(entry & PTE_ADDR_MASK);
}

/* The descriptor for va at level (0 = pgd ... 3 = pte), making tables. */
static u64 *__init walk_create(unsigned long va, int level)
{
	u64 *table = (u64 *)swapper_pg_dir;
	int l;

	for (l = 0; l < level; l++) {
		u64 *entry = &table[table_index(va, l)];

		if (!(*entry & PTE_VALID)) {
			if (pgtable_pool_used == PGTABLE_POOL_PAGES)
				panic("%s: out of page-table pages\n", __func__);
			*entry = __pa(pgtable_pool[pgtable_pool_used++]) |
				 PMD_TYPE_TABLE;
		}
		table = next_table(*entry);
	}
	return &table[table_index(va, level)];
}

/* Map [pa, pa + size) at va with the largest blocks that fit. */
static void __init create_mapping(phys_addr_t pa, unsigned long va,
				  phys_addr_t size, pgprot_t prot)
{
	while (size) {
		if (IS_ALIGNED(va | pa, PUD_SIZE) && size >= PUD_SIZE) {
			*walk_create(va, 1) = pa | prot | PMD_TYPE_SECT;
			va += PUD_SIZE, pa += PUD_SIZE, size -= PUD_SIZE;
		} else if (IS_ALIGNED(va | pa, PMD_SIZE) && size >= PMD_SIZE) {
			*walk_create(va, 2) = pa | prot | PMD_TYPE_SECT;
			va += PMD_SIZE, pa += PMD_SIZE, size -= PMD_SIZE;
		} else {
			*walk_create(va, 3) = pa | prot | PTE_TYPE_PAGE;
			va += PAGE_SIZE, pa += PAGE_SIZE, size -= PAGE_SIZE;
		}
	}
}

static void __init map_linear(phys_addr_t start, phys_addr_t end, pgprot_t prot)
{
	if (start < end)
		create_mapping(start, (unsigned long)__va(start), end - start, prot);
}

static void __init map_kernel_segment(char *start, char *end, pgprot_t prot)
{
	map_linear(__pa_symbol(start), __pa_symbol(end), prot);
}

void __init paging_init(void)
{
	phys_addr_t kstart = __pa_symbol(_text), kend = __pa_symbol(_end);
	struct memblock_region *rgn;

	create_mapping(0, (unsigned long)__va(0), MMIO_SIZE, PROT_DEVICE);

	for_each_mem_region(rgn) {
		phys_addr_t start = PAGE_ALIGN(rgn->base);
		phys_addr_t end = (rgn->base + rgn->size) & PAGE_MASK;

		map_linear(start, min(end, kstart), PAGE_KERNEL);
		map_linear(max(start, kend), end, PAGE_KERNEL);
	}

	map_kernel_segment(_text, __start_rodata, PAGE_KERNEL_ROX);
	map_kernel_segment(__start_rodata, __init_begin, PAGE_KERNEL_RO);
	map_kernel_segment(__init_begin, __inittext_end, PAGE_KERNEL_ROX);
	map_kernel_segment(__inittext_end, __start_kallsyms, PAGE_KERNEL);
	map_kernel_segment(__start_kallsyms, _end, PAGE_KERNEL_RO);

	dsb(ishst);
	write_sysreg(__pa_symbol(swapper_pg_dir), ttbr1_el1);
	write_sysreg(__pa_symbol(reserved_pg_dir), ttbr0_el1);
	isb();
	asm volatile("tlbi vmalle1" ::: "memory");
	dsb(nsh);
	isb();
}

/* The descriptor for va at level, making tables from free pages if alloc. */
static u64 *walk_alloc(unsigned long va, int level, bool alloc)
{
	u64 *table = (u64 *)swapper_pg_dir;
	int l;

	for (l = 0; l < level; l++) {
		u64 *entry = &table[table_index(va, l)];

		if (!(*entry & PTE_VALID)) {
			unsigned long page = alloc ? get_zeroed_page(GFP_KERNEL) : 0;

			if (!page)
				return NULL;
			/*
			 * The allocation may have slept, and another task
			 * filled the entry meanwhile (as in __pte_alloc()):
			 * keep its table, which already maps its pages.
			 */
			if (*entry & PTE_VALID) {
				free_page(page);
			} else {
				dsb(ishst);
				*entry = __pa(page) | PMD_TYPE_TABLE;
			}
		}
		if ((*entry & PTE_TYPE_MASK) != PMD_TYPE_TABLE)
			return NULL;	/* inside a block mapping */
		table = next_table(*entry);
	}
	return &table[table_index(va, level)];
}

/*
 * Map pages (their linear addresses) at va, one after the other, for
 * the module area. The tables stay when the range is unmapped.
 */
int map_kernel_range(unsigned long va, void **pages, unsigned int nr,
		     pgprot_t prot)
{
	unsigned int i;

	for (i = 0; i < nr; i++, va += PAGE_SIZE) {
		u64 *pte = walk_alloc(va, 3, true);

		if (!pte)
			return -ENOMEM;
		*pte = __pa(pages[i]) | prot | PTE_TYPE_PAGE;
	}
	dsb(ishst);
	isb();
	return 0;
}

void unmap_kernel_range(unsigned long va, unsigned int nr)
{
	unsigned int i;

	for (i = 0; i < nr; i++, va += PAGE_SIZE) {
		u64 *pte = walk_alloc(va, 3, false);

		if (pte)
			*pte = 0;
	}
	flush_tlb_all();
}

/* New permissions for pages mapped by map_kernel_range(). */
void protect_kernel_range(unsigned long va, unsigned int nr, pgprot_t prot)
{
	unsigned int i;

	for (i = 0; i < nr; i++, va += PAGE_SIZE) {
		u64 *pte = walk_alloc(va, 3, false);

		if (pte && (*pte & PTE_VALID))
			*pte = (*pte & PTE_ADDR_MASK) | prot | PTE_TYPE_PAGE;
	}
	flush_tlb_all();
}

/*
 * The linear-map alias of a page mapped by map_kernel_range(): writable
 * even when va is read-only text (code patching), NULL if not mapped.
 */
void *kernel_range_alias(unsigned long va)
{
	u64 *pte = walk_alloc(va, 3, false);

	if (!pte || !(*pte & PTE_VALID))
		return NULL;
	return __va(*pte & PTE_ADDR_MASK) + (va & ~PAGE_MASK);
}

/* Is addr mapped in the kernel's tables? */
bool kern_addr_valid(unsigned long addr)
{
	u64 *table = (u64 *)swapper_pg_dir;
	int level;

	if (!is_ttbr1_addr(addr))
		return false;
	for (level = 0; level < 4; level++) {
		u64 entry = table[table_index(addr, level)];

		if (!(entry & PTE_VALID))
			return false;
		if (level == 3 || (entry & PTE_TYPE_MASK) == PMD_TYPE_SECT)
			return true;
		table = next_table(entry);
	}
	return false;
}

/* Device registers are already mapped: hand out their linear address. */
void __iomem *ioremap(phys_addr_t phys_addr, size_t size)
{
	if (phys_addr + size > MMIO_SIZE)
		return NULL;
	return (void __iomem *)__va(phys_addr);
}
