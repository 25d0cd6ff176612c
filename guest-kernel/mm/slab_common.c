// SPDX-License-Identifier: GPL-2.0
/*
 * The kmalloc family and kmem_cache_create()/destroy(), as Linux 6.1's
 * mm/slab_common.c with SLUB: requests up to KMALLOC_MAX_CACHE_SIZE go
 * to the power-of-two cache of their type, bigger ones to the page
 * allocator (kmalloc_large). Objects come from slub.c.
 */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/mm.h>
#include <linux/string.h>
#include "slab.h"

#define KMALLOC_CACHE(type_prefix, shift, suffix) {			\
	.name = type_prefix "kmalloc-" suffix,				\
	.object_size = 1U << (shift), .size = 1U << (shift),		\
	.usersize = 1U << (shift),					\
	.order = (shift) > PAGE_SHIFT ? (shift) - PAGE_SHIFT : 0,	\
}

#define KMALLOC_TYPE(p) {						\
	[7] = KMALLOC_CACHE(p, 7, "128"),				\
	[8] = KMALLOC_CACHE(p, 8, "256"),				\
	[9] = KMALLOC_CACHE(p, 9, "512"),				\
	[10] = KMALLOC_CACHE(p, 10, "1k"),				\
	[11] = KMALLOC_CACHE(p, 11, "2k"),				\
	[12] = KMALLOC_CACHE(p, 12, "4k"),				\
	[13] = KMALLOC_CACHE(p, 13, "8k"),				\
}

static struct kmem_cache kmalloc_cache_objs[NR_KMALLOC_TYPES][KMALLOC_SHIFT_HIGH + 1] = {
	[KMALLOC_NORMAL] = KMALLOC_TYPE(""),
	[KMALLOC_CGROUP] = KMALLOC_TYPE("cg-"),
	[KMALLOC_RECLAIM] = KMALLOC_TYPE("rcl-"),
	[KMALLOC_DMA] = KMALLOC_TYPE("dma-"),
};

#define KMALLOC_ROW(t) {						\
	[7] = &kmalloc_cache_objs[t][7], [8] = &kmalloc_cache_objs[t][8], \
	[9] = &kmalloc_cache_objs[t][9], [10] = &kmalloc_cache_objs[t][10], \
	[11] = &kmalloc_cache_objs[t][11], [12] = &kmalloc_cache_objs[t][12], \
	[13] = &kmalloc_cache_objs[t][13],				\
}

/* What modules index with kmalloc_type() and kmalloc_index(). */
struct kmem_cache *kmalloc_caches[NR_KMALLOC_TYPES][KMALLOC_SHIFT_HIGH + 1] = {
	KMALLOC_ROW(KMALLOC_NORMAL), KMALLOC_ROW(KMALLOC_CGROUP),
	KMALLOC_ROW(KMALLOC_RECLAIM), KMALLOC_ROW(KMALLOC_DMA),
};
EXPORT_SYMBOL(kmalloc_caches);

static LIST_HEAD(slab_caches);

static enum kmalloc_cache_type kmalloc_type(gfp_t flags)
{
	if (!(flags & (__GFP_RECLAIMABLE | __GFP_DMA | __GFP_ACCOUNT)))
		return KMALLOC_NORMAL;
	if (flags & __GFP_DMA)
		return KMALLOC_DMA;
	if (flags & __GFP_RECLAIMABLE)
		return KMALLOC_RECLAIM;
	return KMALLOC_CGROUP;
}

static unsigned int kmalloc_index(size_t size)
{
	unsigned int shift = KMALLOC_SHIFT_LOW;

	while ((1UL << shift) < size)
		shift++;
	return shift;
}

void *kmalloc_trace(struct kmem_cache *s, gfp_t flags, size_t size)
{
	return kmem_cache_alloc(s, flags);
}
EXPORT_SYMBOL(kmalloc_trace);

void *kmalloc_large(size_t size, gfp_t flags)
{
	unsigned int order = get_order(size);
	struct page *page = alloc_pages(flags, order);

	if (!page)
		return NULL;
	nr_slab_pages += 1UL << order;
	return page_address(page);
}
EXPORT_SYMBOL(kmalloc_large);

void *__kmalloc(size_t size, gfp_t flags)
{
	if (size > KMALLOC_MAX_CACHE_SIZE)
		return kmalloc_large(size, flags);
	if (!size)
		return ZERO_SIZE_PTR;
	return kmem_cache_alloc(kmalloc_caches[kmalloc_type(flags)][kmalloc_index(size)],
				flags);
}
EXPORT_SYMBOL(__kmalloc);

void kfree(const void *objp)
{
	struct kmem_cache *s;
	struct page *page;

	if (ZERO_OR_NULL_PTR(objp))
		return;
	s = virt_to_cache(objp);
	if (s) {
		kmem_cache_free(s, (void *)objp);
		return;
	}
	page = virt_to_page(objp);
	nr_slab_pages -= 1UL << page->order;
	__free_pages(page, page->order);
}
EXPORT_SYMBOL(kfree);

/* The usable size: the whole object of its cache, or of its pages. */
size_t ksize(const void *objp)
{
	struct kmem_cache *s;

	if (ZERO_OR_NULL_PTR(objp))
		return 0;
	s = virt_to_cache(objp);
	if (s)
		return s->size;
	return PAGE_SIZE << virt_to_page(objp)->order;
}
EXPORT_SYMBOL(ksize);

/* Grows in place while the object has room, else moves (6.1's rule). */
void *krealloc(const void *objp, size_t new_size, gfp_t flags)
{
	size_t ks;
	void *ret;

	if (!new_size) {
		kfree(objp);
		return ZERO_SIZE_PTR;
	}
	ks = ksize(objp);
	if (ks >= new_size)
		return (void *)objp;
	ret = kmalloc(new_size, flags);
	if (ret && !ZERO_OR_NULL_PTR(objp)) {
		memcpy(ret, objp, ks);
		kfree(objp);
	}
	return ret;
}
EXPORT_SYMBOL(krealloc);

void kfree_sensitive(const void *objp)
{
	size_t ks = ksize(objp);

	if (ks)
		memset((void *)objp, 0, ks);
	kfree(objp);
}
EXPORT_SYMBOL(kfree_sensitive);

/* SLUB's calculate_alignment(): cache-line alignment shrinks for small objects. */
static unsigned int calculate_alignment(unsigned int flags, unsigned int align,
					unsigned int size)
{
	if (flags & SLAB_HWCACHE_ALIGN) {
		unsigned int ralign = L1_CACHE_BYTES;

		while (size <= ralign / 2)
			ralign /= 2;
		align = max(align, ralign);
	}
	return ALIGN(max(align, 8U), sizeof(void *));
}

static int cache_init(struct kmem_cache *s, const char *name, unsigned int size,
		      unsigned int align, unsigned int flags, void (*ctor)(void *))
{
	unsigned int stride = ALIGN(size, sizeof(void *));

	s->name = kstrdup(name, GFP_KERNEL);
	if (!s->name)
		return -ENOMEM;
	s->object_size = size;
	s->flags = flags;
	s->ctor = ctor;
	/* a constructed object keeps its contents: the link goes after it */
	s->offset = ctor ? stride : 0;
	if (ctor)
		stride += sizeof(void *);
	s->size = ALIGN(stride, calculate_alignment(flags, align, size));
	s->order = get_order(s->size);
	return slab_register(s);
}

struct kmem_cache *kmem_cache_create(const char *name, unsigned int size,
				     unsigned int align, unsigned int flags,
				     void (*ctor)(void *))
{
	struct kmem_cache *s = NULL;
	int err = -EINVAL;

	if (!name || !size || size > (PAGE_SIZE << 10))
		goto out;
	err = -ENOMEM;
	s = kzalloc(sizeof(*s), GFP_KERNEL);
	if (!s)
		goto out;
	err = cache_init(s, name, size, align, flags, ctor);
	if (err)
		goto out_free;
	list_add(&s->list, &slab_caches);
	return s;

out_free:
	kfree(s->name);
	kfree(s);
	s = NULL;
out:
	if (flags & SLAB_PANIC)
		panic("%s: Failed to create slab '%s'. Error %d\n",
		      __func__, name, err);
	pr_warn("kmem_cache_create(%s) failed with error %d\n", name, err);
	dump_stack();
	return NULL;
}
EXPORT_SYMBOL(kmem_cache_create);

void kmem_cache_destroy(struct kmem_cache *s)
{
	if (!s)
		return;
	/* Linux keeps a cache whose objects are still out, and says so */
	if (WARN(s->inuse, "%s %s: Slab cache still has objects when called from %pS",
		 __func__, s->name, __builtin_return_address(0)))
		return;
	slab_release_pages(s);
	slab_unregister(s);
	list_del(&s->list);
	kfree(s->name);
	kfree(s);
}
EXPORT_SYMBOL(kmem_cache_destroy);

unsigned int kmem_cache_size(struct kmem_cache *s)
{
	return s->object_size;
}
EXPORT_SYMBOL(kmem_cache_size);

/* Pages holding slab and kmalloc memory, as Linux counts them for meminfo. */
unsigned long kmalloc_pages(void)
{
	return nr_slab_pages;
}
