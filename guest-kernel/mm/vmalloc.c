// SPDX-License-Identifier: GPL-2.0
/*
 * Virtually contiguous memory built from single pages, in a window of
 * kernel address space the linear map leaves free (the module area).
 * Areas are kept in address order and placed first-fit, with an
 * unmapped guard page after each, as Linux's vmalloc does. As Linux's,
 * a freed area's pages go at once but its addresses only lazily: they
 * stay taken until a purge, which the free of an area whose permissions
 * were changed (a formed module's, VM_FLUSH_RESET_PERMS) makes at once,
 * and otherwise more than lazy_max_pages() freed or a full window do.
 * Module addresses on Debian's kernel follow from this: a load that
 * fails before its module is formed leaves its addresses taken.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/list.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/memory.h>
#include <asm/pgtable-hwdef.h>

struct vm_struct {
	struct list_head list;
	unsigned long addr;
	unsigned int nr_pages;
	void **pages;		/* linear addresses of the pages */
	const void *caller;	/* who asked for it (mem_dump_obj()) */
	bool flush_reset_perms;	/* VM_FLUSH_RESET_PERMS */
	bool lazy;		/* freed, its addresses held until a purge */
};

static LIST_HEAD(vmap_area_list);

/* Pages (guard pages too) of the lazily freed areas */
static unsigned long vmap_lazy_nr;

/* Linux's for one CPU: 32 MiB of address space */
#define LAZY_MAX_PAGES	((32UL << 20) >> PAGE_SHIFT)

static unsigned long area_span(const struct vm_struct *area)
{
	return ((unsigned long)area->nr_pages + 1) * PAGE_SIZE;
}

/* The area starting at addr that is not freed, or NULL. */
static struct vm_struct *find_busy_area(unsigned long addr)
{
	struct vm_struct *area;

	list_for_each_entry(area, &vmap_area_list, list)
		if (area->addr == addr && !area->lazy)
			return area;
	return NULL;
}

/* __purge_vmap_area_lazy(): the lazily freed areas' addresses are free again. */
static bool purge_vmap_area_lazy(void)
{
	struct vm_struct *area, *next;
	bool purged = false;

	list_for_each_entry_safe(area, next, &vmap_area_list, list) {
		if (!area->lazy)
			continue;
		list_del(&area->list);
		kfree(area);
		purged = true;
	}
	vmap_lazy_nr = 0;
	return purged;
}

/* The first gap in [start, end) that holds size plus a guard page, aligned. */
static unsigned long find_vmap_gap(unsigned long size, unsigned long align,
				   unsigned long start, unsigned long end,
				   struct list_head **before)
{
	unsigned long addr = ALIGN(start, align);
	struct vm_struct *area;

	list_for_each_entry(area, &vmap_area_list, list) {
		if (area->addr >= end)
			break;
		if (area->addr >= addr + size + PAGE_SIZE)
			break;
		addr = max(addr, ALIGN(area->addr + ((unsigned long)area->nr_pages + 1) * PAGE_SIZE, align));
	}
	*before = &area->list;
	return addr + size + PAGE_SIZE <= end ? addr : 0;
}

static void free_area_pages(struct vm_struct *area, unsigned int nr)
{
	while (nr--)
		free_page((unsigned long)area->pages[nr]);
	kfree(area->pages);
}

static int alloc_area_pages(struct vm_struct *area)
{
	unsigned int i;

	area->pages = kmalloc(area->nr_pages * sizeof(void *), GFP_KERNEL);
	if (!area->pages)
		return -ENOMEM;
	for (i = 0; i < area->nr_pages; i++) {
		area->pages[i] = (void *)get_zeroed_page(GFP_KERNEL);
		if (!area->pages[i]) {
			free_area_pages(area, i);
			return -ENOMEM;
		}
	}
	return 0;
}

void *__vmalloc_node_range(unsigned long size, unsigned long align,
			   unsigned long start,
			   unsigned long end, pgprot_t prot, const void *caller)
{
	struct vm_struct *area;
	struct list_head *before;

	size = PAGE_ALIGN(size);
	if (!size)
		return NULL;
	area = kzalloc(sizeof(*area), GFP_KERNEL);
	if (!area)
		return NULL;
	area->nr_pages = size >> PAGE_SHIFT;
	area->caller = caller;
	area->addr = find_vmap_gap(size, max(align, PAGE_SIZE), start, end, &before);
	if (!area->addr && purge_vmap_area_lazy())
		area->addr = find_vmap_gap(size, max(align, PAGE_SIZE), start, end, &before);
	if (!area->addr)
		goto free_area;
	/*
	 * Claim the range before allocating its pages, as Linux's
	 * alloc_vmap_area() does: an allocation may sleep (the OOM killer
	 * lets its victims run), and another task must not find the same gap.
	 */
	list_add_tail(&area->list, before);
	if (alloc_area_pages(area))
		goto unlink_area;
	if (map_kernel_range(area->addr, area->pages, area->nr_pages, prot))
		goto free_pages;
	return (void *)area->addr;

free_pages:
	unmap_kernel_range(area->addr, area->nr_pages);
	free_area_pages(area, area->nr_pages);
unlink_area:
	list_del(&area->list);
free_area:
	kfree(area);
	return NULL;
}

void vfree(const void *addr)
{
	struct vm_struct *area;

	if (!addr)
		return;
	area = find_busy_area((unsigned long)addr);
	if (!area) {
		pr_err("Trying to vfree() nonexistent vm area (%px)\n", addr);
		return;
	}
	unmap_kernel_range(area->addr, area->nr_pages);
	free_area_pages(area, area->nr_pages);
	area->pages = NULL;
	area->lazy = true;
	vmap_lazy_nr += area_span(area) >> PAGE_SHIFT;
	if (area->flush_reset_perms || vmap_lazy_nr > LAZY_MAX_PAGES)
		purge_vmap_area_lazy();
}
EXPORT_SYMBOL(vfree);

/* Its free will purge the lazily freed areas (Linux: flushing their aliases). */
void set_vm_flush_reset_perms(void *addr)
{
	struct vm_struct *area = addr ? find_busy_area((unsigned long)addr) : NULL;

	if (area)
		area->flush_reset_perms = true;
}

/*
 * The vmalloc area holding addr: its start and end (the end past its
 * guard page, as Linux's vmap_area), false if there is none.
 */
/*
 * " 4-page vmalloc region starting at 0x... allocated at f+0x10/0x20" for
 * a pointer into (the page after) a vmalloc area, as Linux's
 * vmalloc_dump_obj(); false if it is in none.
 */
bool vmalloc_dump_obj(void *object)
{
	unsigned long addr = PAGE_ALIGN((unsigned long)object);
	struct vm_struct *area;

	list_for_each_entry(area, &vmap_area_list, list) {
		if (!area->lazy && addr >= area->addr &&
		    addr < area->addr + ((unsigned long)area->nr_pages << PAGE_SHIFT)) {
			pr_cont(" %u-page vmalloc region starting at %#lx allocated at %pS\n",
				area->nr_pages, area->addr, area->caller);
			return true;
		}
	}
	return false;
}

bool find_vmap_area_bounds(unsigned long addr, unsigned long *start,
			   unsigned long *end)
{
	struct vm_struct *area;

	list_for_each_entry(area, &vmap_area_list, list) {
		unsigned long last = area->addr + area_span(area);

		if (!area->lazy && addr >= area->addr && addr < last) {
			*start = area->addr;
			*end = last;
			return true;
		}
	}
	return false;
}

/* Pages come zeroed (get_zeroed_page()), so vzalloc() is vmalloc(). */
void *vmalloc(unsigned long size)
{
	return __vmalloc_node_range(size, PAGE_SIZE, VMALLOC_START, VMALLOC_END,
				    PAGE_KERNEL, __builtin_return_address(0));
}
EXPORT_SYMBOL(vmalloc);

void *vzalloc(unsigned long size)
{
	return vmalloc(size);
}
EXPORT_SYMBOL(vzalloc);

/*
 * Module memory is vmalloc memory too on arm64: Debian's kernel, its
 * image and modules placed at random in the vmalloc range, says so for
 * a module's code and data; ours lie in their own window below. Not on
 * 32-bit ARM, whose modules have their own window below PAGE_OFFSET in
 * Linux as here.
 */
#ifdef __LINUX_ARM_ARCH__
#define MODULES_ARE_VMALLOC	false
#else
#define MODULES_ARE_VMALLOC	true
#endif

bool is_vmalloc_addr(const void *x)
{
	unsigned long addr = (unsigned long)x;

	return (addr >= VMALLOC_START && addr < VMALLOC_END) ||
	       (MODULES_ARE_VMALLOC && addr >= MODULES_VADDR && addr < MODULES_END);
}
EXPORT_SYMBOL(is_vmalloc_addr);

/* kvmalloc(): kmalloc() first, vmalloc() when that fails for a big size. */
void *kvmalloc_node(size_t size, gfp_t flags, int node)
{
	void *p = kmalloc(size, flags);

	if (p || size <= PAGE_SIZE)
		return p;
	return vmalloc(size);
}
EXPORT_SYMBOL(kvmalloc_node);

void kvfree(const void *addr)
{
	if (is_vmalloc_addr(addr))
		vfree(addr);
	else
		kfree(addr);
}
EXPORT_SYMBOL(kvfree);
