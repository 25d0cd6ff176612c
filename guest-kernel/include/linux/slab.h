/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The slab allocator's interface, shaped as Linux 6.1's with SLUB on
 * Debian's configuration: kmalloc caches of ARCH_DMA_MINALIGN bytes (128 on
 * arm64, 64 on armmp)
 * to 8 KiB (KMALLOC_SHIFT_HIGH = PAGE_SHIFT + 1) in
 * four types, bigger requests straight from the page allocator.
 * Modules inline kmalloc() into kmalloc_trace(kmalloc_caches[t][i]) or
 * kmalloc_large(), so those tables and entry points are the ABI.
 */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/gfp.h>
#include <linux/types.h>
#include <asm/cache.h>

/* kmem_cache_create() flags (6.1's values) */
#define SLAB_RED_ZONE		0x00000400U
#define SLAB_POISON		0x00000800U
#define SLAB_HWCACHE_ALIGN	0x00002000U
#define SLAB_CACHE_DMA		0x00004000U
#define SLAB_CACHE_DMA32	0x00008000U
#define SLAB_STORE_USER		0x00010000U
#define SLAB_RECLAIM_ACCOUNT	0x00020000U
#define SLAB_PANIC		0x00040000U
#define SLAB_TYPESAFE_BY_RCU	0x00080000U
#define SLAB_TRACE		0x00200000U
#define SLAB_NOLEAKTRACE	0x00800000U
#define SLAB_FAILSLAB		0x02000000U
#define SLAB_ACCOUNT		0x04000000U
#define L1_CACHE_BYTES		64

#define KMALLOC_SHIFT_HIGH	13	/* PAGE_SHIFT + 1 */
#define KMALLOC_MIN_SIZE	(1UL << KMALLOC_SHIFT_LOW)
#define KMALLOC_MAX_CACHE_SIZE	(1UL << KMALLOC_SHIFT_HIGH)

/* CONFIG_MEMCG_KMEM and CONFIG_ZONE_DMA are on in Debian's kernel. */
enum kmalloc_cache_type {
	KMALLOC_NORMAL = 0,
	KMALLOC_CGROUP,
	KMALLOC_RECLAIM,
	KMALLOC_DMA,
	NR_KMALLOC_TYPES
};

/* What kmalloc(0) returns: not NULL, but faults if used. */
#define ZERO_SIZE_PTR		((void *)16)
#define ZERO_OR_NULL_PTR(x)	((unsigned long)(x) <= (unsigned long)ZERO_SIZE_PTR)

struct kmem_cache;

extern struct kmem_cache *
kmalloc_caches[NR_KMALLOC_TYPES][KMALLOC_SHIFT_HIGH + 1];

struct kmem_cache *kmem_cache_create(const char *name, unsigned int size,
				     unsigned int align, unsigned int flags,
				     void (*ctor)(void *));
void kmem_cache_destroy(struct kmem_cache *s);
unsigned int kmem_cache_size(struct kmem_cache *s);
void *kmem_cache_alloc(struct kmem_cache *s, gfp_t flags);
void kmem_cache_free(struct kmem_cache *s, void *objp);

void *__kmalloc(size_t size, gfp_t flags);
void *kmalloc_trace(struct kmem_cache *s, gfp_t flags, size_t size);
void *kmalloc_large(size_t size, gfp_t flags);
void *krealloc(const void *objp, size_t new_size, gfp_t flags);
void kfree(const void *objp);
void kfree_sensitive(const void *objp);
size_t ksize(const void *objp);
unsigned long kmalloc_pages(void);
char *kstrdup(const char *s, gfp_t gfp);
char *kstrndup(const char *s, size_t max, gfp_t gfp);
void *kmemdup(const void *src, size_t len, gfp_t gfp);

static inline void *kmalloc(size_t size, gfp_t flags)
{
	return __kmalloc(size, flags);
}

static inline void *kzalloc(size_t size, gfp_t flags)
{
	return kmalloc(size, flags | __GFP_ZERO);
}

/* n zeroed elements; NULL if n * size overflows */
static inline void *kcalloc(size_t n, size_t size, gfp_t flags)
{
	size_t bytes;

	if (__builtin_mul_overflow(n, size, &bytes))
		return NULL;
	return kzalloc(bytes, flags);
}

static inline void *kmem_cache_zalloc(struct kmem_cache *s, gfp_t flags)
{
	return kmem_cache_alloc(s, flags | __GFP_ZERO);
}

#endif
