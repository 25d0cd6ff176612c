// SPDX-License-Identifier: GPL-2.0
/*
 * The page allocator: one bit per page of RAM (set = free) and a
 * struct page per page. Blocks are 2^order pages, naturally aligned,
 * found first-fit. Simple and slow-ish, which is fine for a board
 * with a few hundred megabytes.
 */
#include <linux/kernel.h>
#include <asm/irqflags.h>
#include <linux/export.h>
#include <linux/init.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/oom.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/string.h>
#include <asm/sections.h>


struct page *mem_map;
unsigned long min_low_pfn, max_pfn;
static unsigned long *free_map;
static unsigned long nr_free, nr_managed;
static unsigned long search_hint;	/* no free page below this index */

static bool page_is_free(unsigned long idx)
{
	return free_map[idx / BITS_PER_LONG] & (1UL << (idx % BITS_PER_LONG));
}

static void set_free(unsigned long idx, unsigned long n, bool free)
{
	for (; n; n--, idx++) {
		if (free)
			free_map[idx / BITS_PER_LONG] |= 1UL << (idx % BITS_PER_LONG);
		else
			free_map[idx / BITS_PER_LONG] &= ~(1UL << (idx % BITS_PER_LONG));
	}
}

static bool block_is_free(unsigned long idx, unsigned long n)
{
	for (; n; n--, idx++)
		if (!page_is_free(idx))
			return false;
	return true;
}

/* The first free page at or after idx; whole used words are skipped. */
static unsigned long next_free(unsigned long idx)
{
	unsigned long end = max_pfn - min_low_pfn;

	while (idx < end) {
		if (!(idx % BITS_PER_LONG) && !free_map[idx / BITS_PER_LONG]) {
			idx += BITS_PER_LONG;
			continue;
		}
		if (page_is_free(idx))
			return idx;
		idx++;
	}
	return end;
}

static void clear_pages(struct page *page, unsigned long n)
{
	char *addr = page_address(page);

	for (; n; n--, addr += PAGE_SIZE)
		clear_page(addr);
}

/* Interrupt handlers may allocate: the free map changes with interrupts off. */
static struct page *get_page_from_freelist(gfp_t gfp_mask, unsigned int order)
{
	unsigned long n = 1UL << order, flags, idx, pfn;
	struct page *page;

	local_irq_save(flags);
	idx = next_free(search_hint);
	if (order == 0)
		search_hint = idx;
	for (pfn = ALIGN(idx + min_low_pfn, n); pfn + n <= max_pfn; pfn += n) {
		if (!block_is_free(pfn - min_low_pfn, n))
			continue;
		set_free(pfn - min_low_pfn, n, false);
		nr_free -= n;
		page = pfn_to_page(pfn);
		page->flags = 0;
		page->order = order;
		page->_refcount = 1;
		local_irq_restore(flags);
		if (gfp_mask & __GFP_ZERO)
			clear_pages(page, n);
		return page;
	}
	local_irq_restore(flags);
	return NULL;
}

/* Is killing a task the way to get this block (as __alloc_pages_may_oom())? */
static bool may_oom(gfp_t gfp_mask, unsigned int order)
{
	return (gfp_mask & __GFP_DIRECT_RECLAIM) &&
	       !(gfp_mask & (__GFP_NORETRY | __GFP_RETRY_MAYFAIL)) &&
	       order <= PAGE_ALLOC_COSTLY_ORDER;
}

/*
 * No free block: an allocation that may sleep calls the OOM killer,
 * then lets the other tasks (the victim) run, and tries again; after a
 * few rounds the victims that did not exit are reaped. A task that is
 * being killed itself gets nothing: it exits instead.
 */
static struct page *__alloc_pages_slowpath(gfp_t gfp_mask, unsigned int order)
{
	static bool oom_lock;	/* allocations of the OOM killer itself fail */
	struct page *page = NULL;
	int round;

	if (!may_oom(gfp_mask, order) || oom_lock)
		return NULL;
	for (round = 1; !page; round++) {
		if (fatal_signal_pending(current) || tsk_is_oom_victim(current))
			return NULL;
		oom_lock = true;
		if (round % 4 == 0)
			oom_reap_victims();
		else
			out_of_memory(gfp_mask, order);
		oom_lock = false;
		if (fatal_signal_pending(current))
			return NULL;
		schedule();	/* still runnable: the others run first */
		page = get_page_from_freelist(gfp_mask, order);
	}
	return page;
}

struct page *alloc_pages(gfp_t gfp_mask, unsigned int order)
{
	struct page *page = get_page_from_freelist(gfp_mask, order);

	if (!page)
		page = __alloc_pages_slowpath(gfp_mask, order);
	return page;
}
#ifdef CONFIG_NUMA
EXPORT_SYMBOL(alloc_pages);
#else
/* Without NUMA, modules' inline alloc_pages() calls this (nid: one node). */
struct page *__alloc_pages(gfp_t gfp, unsigned int order, int preferred_nid,
			   void *nodemask)
{
	return alloc_pages(gfp, order);
}
EXPORT_SYMBOL(__alloc_pages);
#endif

void __free_pages(struct page *page, unsigned int order)
{
	unsigned long n = 1UL << order;
	unsigned long idx = page_to_pfn(page) - min_low_pfn;
	unsigned long flags;

	local_irq_save(flags);
	page->flags = 0;
	page->_refcount = 0;
	set_free(idx, n, true);
	nr_free += n;
	if (idx < search_hint)
		search_hint = idx;
	local_irq_restore(flags);
}
EXPORT_SYMBOL(__free_pages);

/* Drop a reference to an order-0 page; the last one frees it. */
void put_page(struct page *page)
{
	if (--page->_refcount == 0)
		__free_pages(page, 0);
}

/* Give a range the boot reserved (the initrd) back to the allocator. */
void free_reserved_area(phys_addr_t start, phys_addr_t end, const char *s)
{
	unsigned long pfn, pages = 0;

	for (pfn = PFN_UP(start); pfn < PFN_DOWN(end); pfn++) {
		if (pfn < min_low_pfn || pfn >= max_pfn ||
		    page_is_free(pfn - min_low_pfn))
			continue;
		__free_pages(pfn_to_page(pfn), 0);
		nr_managed++;
		pages++;
	}
	if (s)
		pr_info("Freeing %s memory: %luK\n", s, pages << (PAGE_SHIFT - 10));
}

unsigned long __get_free_pages(gfp_t gfp_mask, unsigned int order)
{
	struct page *page = alloc_pages(gfp_mask, order);

	return page ? (unsigned long)page_address(page) : 0;
}
EXPORT_SYMBOL(__get_free_pages);

unsigned long get_zeroed_page(gfp_t gfp_mask)
{
	return __get_free_pages(gfp_mask | __GFP_ZERO, 0);
}
EXPORT_SYMBOL(get_zeroed_page);

void free_pages(unsigned long addr, unsigned int order)
{
	if (addr)
		__free_pages(virt_to_page(addr), order);
}
EXPORT_SYMBOL(free_pages);

unsigned long nr_free_pages(void)
{
	return nr_free;
}

unsigned long totalram_pages(void)
{
	return nr_managed;
}

/* Hand every page of RAM that memblock did not reserve to the allocator. */
void __init mem_init(void)
{
	struct memblock_region *rgn;
	unsigned long npages, pfn;

	min_low_pfn = memblock_start_of_DRAM() >> PAGE_SHIFT;
	max_pfn = memblock_end_of_DRAM() >> PAGE_SHIFT;
	npages = max_pfn - min_low_pfn;
	mem_map = memblock_alloc(npages * sizeof(struct page), PAGE_SIZE);
	free_map = memblock_alloc(DIV_ROUND_UP(npages, BITS_PER_LONG) *
				  sizeof(long), PAGE_SIZE);
	if (!mem_map || !free_map)
		panic("%s: Failed to allocate the page map\n", __func__);

	for_each_mem_region(rgn) {
		unsigned long start = PFN_UP(rgn->base);
		unsigned long end = PFN_DOWN(rgn->base + rgn->size);

		for (pfn = start; pfn < end; pfn++) {
			if (memblock_is_reserved(pfn << PAGE_SHIFT))
				continue;
			set_free(pfn - min_low_pfn, 1, true);
			nr_free++;
			nr_managed++;
		}
	}
	mem_init_print_info();
}

#define K(x) ((x) << (PAGE_SHIFT - 10))

void __init mem_init_print_info(void)
{
	unsigned long physpages = memblock_phys_mem_size() >> PAGE_SHIFT;
	unsigned long codesize = _etext - _stext;
	unsigned long datasize = _edata - _sdata;
	unsigned long rosize = __end_rodata - __start_rodata;
	unsigned long bss_size = __bss_stop - __bss_start;
	unsigned long init_size = __init_end - __init_begin;

	pr_info("Memory: %luK/%luK available (%luK kernel code, %luK rwdata, %luK rodata, %luK init, %luK bss, %luK reserved, %luK cma-reserved)\n",
		K(nr_free_pages()), K(physpages),
		codesize / 1024, datasize / 1024, rosize / 1024,
		init_size / 1024, bss_size / 1024,
		K(physpages - totalram_pages()), 0UL);
}
