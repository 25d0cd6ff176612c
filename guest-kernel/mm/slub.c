// SPDX-License-Identifier: GPL-2.0
/*
 * Objects of one kmem_cache carved out of slabs (blocks of 2^order
 * pages), free ones chained through their first word. A slab's head
 * page is marked PG_slab and names its cache by slab_id, which is how
 * kfree() finds the cache of any object.
 */
#include <linux/kernel.h>
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
 * Hardened usercopy's check of a slab object (mm/usercopy.c): the copy
 * must stay inside the object's usercopy region. Only kmalloc caches
 * declare one here; kmem_cache_create() ones are not checked, since
 * Linux's answer for them depends on which cache SLUB merged them into.
 */
void __check_heap_object(const void *ptr, unsigned long n, bool to_user)
{
	unsigned long pfn = __pa(ptr) >> PAGE_SHIFT, back, offset;
	struct kmem_cache *s;
	struct page *head;

	if (pfn < min_low_pfn || pfn >= max_pfn)
		return;
	/* objects of a multi-page slab begin in its head page */
	for (back = 0; back < 8 && pfn - back >= min_low_pfn; back++) {
		head = pfn_to_page(pfn - back);
		if (!(head->flags & PG_slab))
			continue;
		s = slab_by_id[head->slab_id];
		if (!s || !s->usersize || back >= (1UL << s->order))
			return;
		offset = ((unsigned long)ptr -
			  (unsigned long)page_address(head)) % s->size;
		if (offset >= s->useroffset &&
		    offset - s->useroffset <= s->usersize &&
		    n <= s->useroffset - offset + s->usersize)
			return;
		usercopy_abort("SLUB object", s->name, to_user, offset, n);
	}
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
	page->flags |= PG_slab;
	page->slab_id = s->id;
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
	if (flags & __GFP_ZERO)
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

		if (!(page->flags & PG_slab) || page->slab_id != s->id ||
		    page->_refcount == 0)
			continue;
		page->flags &= ~PG_slab;
		__free_pages(page, s->order);
		nr_slab_pages -= 1UL << s->order;
		s->nr_slabs--;
	}
	s->freelist = NULL;
}
