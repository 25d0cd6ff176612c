// SPDX-License-Identifier: GPL-2.0
/*
 * Virtually contiguous memory built from single pages, in a window of
 * kernel address space the linear map leaves free (the module area).
 * Areas are kept in address order and placed first-fit, with an
 * unmapped guard page after each, as Linux's vmalloc does.
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
};

static LIST_HEAD(vmap_area_list);

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
	list_for_each_entry(area, &vmap_area_list, list) {
		if (area->addr == (unsigned long)addr) {
			list_del(&area->list);
			unmap_kernel_range(area->addr, area->nr_pages);
			free_area_pages(area, area->nr_pages);
			kfree(area);
			return;
		}
	}
	pr_err("Trying to vfree() nonexistent vm area (%px)\n", addr);
}
EXPORT_SYMBOL(vfree);

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
		if (addr >= area->addr &&
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
		unsigned long last = area->addr +
			((unsigned long)area->nr_pages + 1) * PAGE_SIZE;

		if (addr >= area->addr && addr < last) {
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
 * Module memory is vmalloc memory too: Debian's arm64 kernel, its image
 * and modules placed at random in the vmalloc range, says so for a
 * module's code and data; ours lie in their own window below.
 */
bool is_vmalloc_addr(const void *x)
{
	unsigned long addr = (unsigned long)x;

	return (addr >= VMALLOC_START && addr < VMALLOC_END) ||
	       (addr >= MODULES_VADDR && addr < MODULES_END);
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
