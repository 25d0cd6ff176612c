// SPDX-License-Identifier: GPL-2.0
/*
 * Objects of one kmem_cache carved out of slabs (blocks of 2^order
 * pages), free ones chained through their first word. A slab's head
 * page is marked PG_slab and names its cache by slab_id, which is how
 * kfree() finds the cache of any object.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <asm/irqflags.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include "slab.h"

#define MAX_SLAB_CACHES	1024

static struct kmem_cache *slab_by_id[MAX_SLAB_CACHES];
unsigned long nr_slab_pages;	/* /proc/meminfo's Slab */

int slab_register(struct kmem_cache *s)
{
	unsigned int id;

	for (id = 1; id < MAX_SLAB_CACHES; id++) {
		if (!slab_by_id[id]) {
			slab_by_id[id] = s;
			s->id = id;
			return 0;
		}
	}
	return -ENOMEM;
}

void slab_unregister(struct kmem_cache *s)
{
	slab_by_id[s->id] = NULL;
}

struct kmem_cache *virt_to_cache(const void *objp)
{
	struct page *page = virt_to_page(objp);

	if (!(page->flags & PG_slab))
		return NULL;
	return slab_by_id[page->slab_id];
}

/*
 * SLUB's slab size: the smallest order (up to 3) giving at least
 * min_objects objects (4 * (fls(CPUs) + 1): 8 on one CPU) with little
 * left over, settling for fewer objects or more waste if none does.
 */
static unsigned int calc_slab_order(unsigned int size, unsigned int min_objects,
				    unsigned int max_order, unsigned int fract)
{
	unsigned int order;

	for (order = get_order(min_objects * size); order <= max_order; order++) {
		unsigned int slab_size = PAGE_SIZE << order;

		if (slab_size % size <= slab_size / fract)
			break;
	}
	return order;
}

#define SLUB_MAX_ORDER	3	/* PAGE_ALLOC_COSTLY_ORDER */

unsigned int calculate_order(unsigned int size)
{
	unsigned int min_objects = 4 * (fls(1) + 1);
	unsigned int max_objects = (PAGE_SIZE << SLUB_MAX_ORDER) / size;
	unsigned int order, fraction;

	min_objects = min(min_objects, max_objects);
	while (min_objects > 1) {
		for (fraction = 16; fraction >= 4; fraction /= 2) {
			order = calc_slab_order(size, min_objects, SLUB_MAX_ORDER,
						fraction);
			if (order <= SLUB_MAX_ORDER)
				return order;
		}
		min_objects--;
	}
	order = calc_slab_order(size, 1, SLUB_MAX_ORDER, 1);
	return order <= SLUB_MAX_ORDER ? order : get_order(size);
}

/*
 * Hardened usercopy's check of a slab object (mm/usercopy.c): the copy
 * must stay inside the object's usercopy region. Only kmalloc caches
 * declare one here; kmem_cache_create() ones are not checked, since
 * Linux's answer for them depends on which cache SLUB merged them into.
 */
void __check_heap_object(const void *ptr, unsigned long n, bool to_user)
{
	unsigned long pfn = __pa(ptr) >> PAGE_SHIFT, offset;
	struct kmem_cache *s;
	struct page *page;

	if (pfn < min_low_pfn || pfn >= max_pfn)
		return;
	page = pfn_to_page(pfn);
	if (!(page->flags & PG_slab))
		return;
	s = slab_by_id[page->slab_id];
	if (!s || !s->usersize)
		return;
	/* every page of a slab names its cache; the slab is aligned to its size */
	page = pfn_to_page(pfn & ~((1UL << s->order) - 1));
	offset = ((unsigned long)ptr - (unsigned long)page_address(page)) % s->size;
	if (offset >= s->useroffset &&
	    offset - s->useroffset <= s->usersize &&
	    n <= s->useroffset - offset + s->usersize)
		return;
	usercopy_abort("SLUB object", s->name, to_user, offset, n);
}

/*
 * The cache and the start of the slab object ptr points into, as
 * Linux's kmem_obj_info(); false if ptr is not in a slab.
 */
bool kmem_obj_info(const void *ptr, struct kmem_cache **cache, void **objp)
{
	unsigned long pfn = __pa(ptr) >> PAGE_SHIFT;
	struct kmem_cache *s;
	struct page *page;
	char *base;

	if (pfn < min_low_pfn || pfn >= max_pfn)
		return false;
	page = pfn_to_page(pfn);
	if (!(page->flags & PG_slab))
		return false;
	s = slab_by_id[page->slab_id];
	if (!s)
		return false;
	base = page_address(pfn_to_page(pfn & ~((1UL << s->order) - 1)));
	*cache = s;
	*objp = base + ((const char *)ptr - base) / s->size * s->size;
	return true;
}

static void *get_freepointer(struct kmem_cache *s, void *obj)
{
	return *(void **)((char *)obj + s->offset);
}

static void set_freepointer(struct kmem_cache *s, void *obj, void *next)
{
	*(void **)((char *)obj + s->offset) = next;
}

/* A fresh slab cut into objects, each run through the constructor. */
static bool cache_grow(struct kmem_cache *s)
{
	struct page *page = alloc_pages(GFP_KERNEL, s->order);
	unsigned long bytes = PAGE_SIZE << s->order;
	char *p, *first;
	unsigned long n;

	if (!page)
		return false;
	if (!s->id && slab_register(s)) {	/* a static kmalloc cache */
		__free_pages(page, s->order);
		return false;
	}
	/* every page of the slab names its cache: kfree() may get any of them */
	for (n = 0; n < 1UL << s->order; n++) {
		page[n].flags = n ? PG_slab : page[n].flags | PG_slab;
		page[n].slab_id = s->id;
	}
	nr_slab_pages += 1UL << s->order;
	s->nr_slabs++;
	first = page_address(page);
	/* chained so that the lowest object is handed out first */
	for (n = bytes / s->size; n; n--) {
		p = first + (n - 1) * s->size;
		if (s->ctor)
			s->ctor(p);
		set_freepointer(s, p, s->freelist);
		s->freelist = p;
	}
	return true;
}

/*
 * Debian's kernel zeroes what it hands out (init_on_alloc), except where a
 * constructor's or an RCU reader's view of the old contents must survive.
 */
static bool slab_want_init_on_alloc(struct kmem_cache *s, gfp_t flags)
{
	if (s->ctor)
		return false;
	if (s->flags & (SLAB_TYPESAFE_BY_RCU | SLAB_POISON))
		return flags & __GFP_ZERO;
	return true;
}

/* Interrupt handlers and softirqs allocate too (GFP_ATOMIC): the lists change with interrupts off. */
void *kmem_cache_alloc(struct kmem_cache *s, gfp_t flags)
{
	unsigned long irqflags;
	void *obj;

	local_irq_save(irqflags);
	if (!s->freelist && !cache_grow(s)) {
		local_irq_restore(irqflags);
		return NULL;
	}
	obj = s->freelist;
	s->freelist = get_freepointer(s, obj);
	s->inuse++;
	local_irq_restore(irqflags);
	if (slab_want_init_on_alloc(s, flags))
		memset(obj, 0, s->object_size);
	return obj;
}
EXPORT_SYMBOL(kmem_cache_alloc);

void kmem_cache_free(struct kmem_cache *s, void *objp)
{
	unsigned long flags;

	if (!objp)
		return;
	local_irq_save(flags);
	set_freepointer(s, objp, s->freelist);
	s->freelist = objp;
	s->inuse--;
	local_irq_restore(flags);
}
EXPORT_SYMBOL(kmem_cache_free);

/* Give back every slab of an empty cache (kmem_cache_destroy()). */
void slab_release_pages(struct kmem_cache *s)
{
	unsigned long pfn;

	for (pfn = min_low_pfn; s->nr_slabs && pfn < max_pfn; pfn++) {
		struct page *page = pfn_to_page(pfn);

		unsigned long n;

		/* a slab's first page is aligned to its size, the others are not */
		if (!(page->flags & PG_slab) || page->slab_id != s->id ||
		    page->_refcount == 0 || (pfn & ((1UL << s->order) - 1)))
			continue;
		for (n = 0; n < 1UL << s->order; n++)
			page[n].flags &= ~PG_slab;
		__free_pages(page, s->order);
		nr_slab_pages -= 1UL << s->order;
		s->nr_slabs--;
	}
	s->freelist = NULL;
}
