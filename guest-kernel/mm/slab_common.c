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
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/string.h>
#include "slab.h"

/* SLUB's slab orders for the power-of-two sizes (calculate_order()). */
#define KMALLOC_ORDER(shift) ((shift) <= 9 ? 0 : (shift) == 10 ? 1 : (shift) == 11 ? 2 : 3)

/* kmalloc caches keep usersize (hardened usercopy): never merged into. */
#define KMALLOC_CACHE_SIZE(name_prefix, sz, slab_order, suffix, cache_flags) { \
	.name = name_prefix suffix,					\
	.object_size = (sz), .size = (sz),				\
	.order = (slab_order), .usersize = (sz),			\
	.flags = cache_flags, .refcount = 1,				\
}
#define KMALLOC_CACHE(name_prefix, shift, suffix, cache_flags)		\
	KMALLOC_CACHE_SIZE(name_prefix, 1U << (shift), KMALLOC_ORDER(shift), \
			   suffix, cache_flags)

/*
 * With 64-byte kmalloc alignment (armmp), Linux has kmalloc-64 and, at
 * index 2, kmalloc-192 too; modules index them inline.
 */
#if KMALLOC_SHIFT_LOW <= 6
#define KMALLOC_192_INDEX	2
#define KMALLOC_SMALL(p, f)						\
	[KMALLOC_192_INDEX] = KMALLOC_CACHE_SIZE(p, 192, 0, "192", f),	\
	[6] = KMALLOC_CACHE(p, 6, "64", f),
#define KMALLOC_SMALL_ROW(t)						\
	[KMALLOC_192_INDEX] = &kmalloc_cache_objs[t][KMALLOC_192_INDEX], \
	[6] = &kmalloc_cache_objs[t][6],
#else
#define KMALLOC_SMALL(p, f)
#define KMALLOC_SMALL_ROW(t)
#endif

#define KMALLOC_TYPE(p, f) {						\
	KMALLOC_SMALL(p, f)						\
	[7] = KMALLOC_CACHE(p, 7, "128", f),				\
	[8] = KMALLOC_CACHE(p, 8, "256", f),				\
	[9] = KMALLOC_CACHE(p, 9, "512", f),				\
	[10] = KMALLOC_CACHE(p, 10, "1k", f),				\
	[11] = KMALLOC_CACHE(p, 11, "2k", f),				\
	[12] = KMALLOC_CACHE(p, 12, "4k", f),				\
	[13] = KMALLOC_CACHE(p, 13, "8k", f),				\
}

static struct kmem_cache kmalloc_cache_objs[NR_KMALLOC_TYPES][KMALLOC_SHIFT_HIGH + 1] = {
	[KMALLOC_NORMAL] = KMALLOC_TYPE("kmalloc-", 0),
	[KMALLOC_CGROUP] = KMALLOC_TYPE("kmalloc-cg-", SLAB_ACCOUNT),
	[KMALLOC_RECLAIM] = KMALLOC_TYPE("kmalloc-rcl-", SLAB_RECLAIM_ACCOUNT),
	[KMALLOC_DMA] = KMALLOC_TYPE("dma-kmalloc-", SLAB_CACHE_DMA),
};

#define KMALLOC_ROW(t) {						\
	KMALLOC_SMALL_ROW(t)						\
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

#ifdef KMALLOC_192_INDEX
	if (size > 128 && size <= 192)
		return KMALLOC_192_INDEX;
#endif
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

/*
 * SLUB's layout (calculate_sizes()): the free pointer sits in the middle
 * of a free object, or after it when the object must keep its contents
 * (a constructor, SLAB_TYPESAFE_BY_RCU).
 */
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
	s->refcount = 1;
	if (ctor || (flags & SLAB_TYPESAFE_BY_RCU)) {
		s->offset = stride;
		stride += sizeof(void *);
	} else {
		s->offset = ALIGN_DOWN(size / 2, sizeof(void *));
	}
	s->size = ALIGN(stride, calculate_alignment(flags, align, size));
	s->order = calculate_order(s->size);
	return slab_register(s);
}

#define SLAB_NEVER_MERGE (SLAB_RED_ZONE | SLAB_POISON | SLAB_STORE_USER | \
			  SLAB_TRACE | SLAB_TYPESAFE_BY_RCU | SLAB_NOLEAKTRACE | \
			  SLAB_FAILSLAB)
#define SLAB_MERGE_SAME (SLAB_RECLAIM_ACCOUNT | SLAB_CACHE_DMA | \
			 SLAB_CACHE_DMA32 | SLAB_ACCOUNT)

static bool slab_unmergeable(struct kmem_cache *s)
{
	return (s->flags & SLAB_NEVER_MERGE) || s->ctor || s->usersize;
}

/*
 * SLUB gives a new cache an existing one (oldest first) when objects of
 * the new size fit it with less than a pointer to spare, alike in the
 * flags that matter: the new name is only an alias then, and /proc/slabinfo
 * shows the old one. (Debian's kernel has many caches of its own to merge
 * into, this one only the caches modules made.)
 */
static struct kmem_cache *find_mergeable(unsigned int size, unsigned int align,
					 unsigned int flags,
					 void (*ctor)(void *))
{
	struct kmem_cache *s;

	if (ctor || (flags & SLAB_NEVER_MERGE))
		return NULL;
	size = ALIGN(size, sizeof(void *));
	align = calculate_alignment(flags, align, size);
	size = ALIGN(size, align);
	list_for_each_entry_reverse(s, &slab_caches, list) {
		if (slab_unmergeable(s) || size > s->size ||
		    (flags & SLAB_MERGE_SAME) != (s->flags & SLAB_MERGE_SAME) ||
		    (s->size & ~(align - 1)) != s->size ||
		    s->size - size >= sizeof(void *))
			continue;
		return s;
	}
	return NULL;
}

struct kmem_cache *kmem_cache_create(const char *name, unsigned int size,
				     unsigned int align, unsigned int flags,
				     void (*ctor)(void *))
{
	struct kmem_cache *s = NULL;
	int err = -EINVAL;

	if (!name || !size || size > (PAGE_SIZE << 10))
		goto out;
	s = find_mergeable(size, align, flags, ctor);
	if (s) {
		s->refcount++;
		s->object_size = max(s->object_size, size);
		return s;
	}
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
	if (!s || --s->refcount)
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

/*
 * /proc/slabinfo, as SLUB shows it (version 2.1, no tunables). Every
 * object of a slab counts as active: SLUB counts only the free objects
 * of slabs on a node's partial list, and with one CPU and the few slabs
 * a module makes, its slabs are the CPU's (current or partial) - a slab
 * reaches the node's list only when the CPU's partial list outgrows
 * cpu_partial_slabs (6 slabs of 1 KiB objects, golden slab-churn) or at
 * kmem_cache_shrink(), neither of which is modelled.
 * The caches modules made come first, newest first, then the kmalloc
 * caches in the order Linux lists them.
 */
static void slabinfo_line(struct seq_file *m, struct kmem_cache *s)
{
	unsigned int per_slab = (PAGE_SIZE << s->order) / s->size;
	unsigned long objs = s->nr_slabs * per_slab;

	seq_printf(m, "%-17s %6lu %6lu %6u %4u %4d", s->name, objs, objs,
		   s->size, per_slab, 1 << s->order);
	seq_printf(m, " : tunables %4u %4u %4u", 0, 0, 0);
	seq_printf(m, " : slabdata %6lu %6lu %6lu\n", s->nr_slabs, s->nr_slabs, 0UL);
}

static int slabinfo_show(struct seq_file *m, void *v)
{
	struct kmem_cache *s;
	int type, i;

	seq_puts(m, "slabinfo - version: 2.1\n");
	seq_puts(m, "# name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab>");
	seq_puts(m, " : tunables <limit> <batchcount> <sharedfactor>");
	seq_puts(m, " : slabdata <active_slabs> <num_slabs> <sharedavail>\n");
	list_for_each_entry(s, &slab_caches, list)
		slabinfo_line(m, s);
	for (type = NR_KMALLOC_TYPES - 1; type >= 0; type--)
		for (i = KMALLOC_SHIFT_HIGH; i >= KMALLOC_SHIFT_LOW; i--) {
#ifdef KMALLOC_192_INDEX
			if (i == 7)
				slabinfo_line(m, &kmalloc_cache_objs[type][KMALLOC_192_INDEX]);
#endif
			slabinfo_line(m, &kmalloc_cache_objs[type][i]);
		}
	return 0;
}

static int __init slab_proc_init(void)
{
	int i;

	for (i = KMALLOC_SHIFT_LOW; i <= KMALLOC_SHIFT_HIGH; i++)
		WARN_ON(kmalloc_cache_objs[0][i].order != calculate_order(1U << i));
	proc_create_single("slabinfo", 0400, NULL, slabinfo_show);
	return 0;
}
device_initcall(slab_proc_init);
