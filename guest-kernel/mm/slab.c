// SPDX-License-Identifier: GPL-2.0
/*
 * kmalloc()/kfree(): power-of-two caches from 8 to 2048 bytes, each
 * carving whole pages into equal objects kept on a free list. Bigger
 * requests get their own block of pages. struct page says which.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>

#define KMALLOC_MIN_SHIFT	3
#define KMALLOC_MAX_SHIFT	11	/* larger sizes come straight from pages */

struct kmem_cache {
	void *freelist;		/* first free object; each holds the next */
};

static struct kmem_cache kmalloc_caches[KMALLOC_MAX_SHIFT + 1];
static unsigned long nr_slab_pages;	/* /proc/meminfo's Slab */

static unsigned int size_to_shift(size_t size)
{
	unsigned int shift = KMALLOC_MIN_SHIFT;

	while ((1UL << shift) < size)
		shift++;
	return shift;
}

/* A fresh page cut into objects of 1 << shift bytes. */
static bool cache_grow(struct kmem_cache *s, unsigned int shift)
{
	struct page *page = alloc_pages(GFP_KERNEL, 0);
	char *p, *end;

	if (!page)
		return false;
	page->flags |= PG_slab;
	page->slab_shift = shift;
	nr_slab_pages++;
	p = page_address(page);
	end = p + PAGE_SIZE;
	for (; p < end; p += 1UL << shift) {
		*(void **)p = s->freelist;
		s->freelist = p;
	}
	return true;
}

void *kmalloc(size_t size, gfp_t flags)
{
	struct kmem_cache *s;
	unsigned int shift;
	void *obj;

	if (!size)
		return ZERO_SIZE_PTR;
	if (size > (1UL << KMALLOC_MAX_SHIFT)) {
		obj = (void *)__get_free_pages(flags, get_order(size));
		if (obj)
			nr_slab_pages += 1UL << get_order(size);
		return obj;
	}

	shift = size_to_shift(size);
	s = &kmalloc_caches[shift];
	if (!s->freelist && !cache_grow(s, shift))
		return NULL;
	obj = s->freelist;
	s->freelist = *(void **)obj;
	if (flags & __GFP_ZERO)
		memset(obj, 0, 1UL << shift);
	return obj;
}

void kfree(const void *objp)
{
	struct kmem_cache *s;
	struct page *page;

	if (ZERO_OR_NULL_PTR(objp))
		return;
	page = virt_to_page(objp);
	if (!(page->flags & PG_slab)) {
		nr_slab_pages -= 1UL << page->order;
		__free_pages(page, page->order);
		return;
	}
	s = &kmalloc_caches[page->slab_shift];
	*(void **)objp = s->freelist;
	s->freelist = (void *)objp;
}

/* Pages holding kmalloc() memory, as Linux counts them for meminfo. */
unsigned long kmalloc_pages(void)
{
	return nr_slab_pages;
}
