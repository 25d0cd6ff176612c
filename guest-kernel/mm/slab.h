/* SPDX-License-Identifier: GPL-2.0 */
/* What slab_common.c and slub.c share: the cache itself. */
#ifndef _MM_SLAB_H
#define _MM_SLAB_H

#include <linux/list.h>
#include <linux/slab.h>

struct kmem_cache {
	const char *name;
	unsigned int object_size;	/* what the creator asked for */
	unsigned int size;		/* object stride, aligned */
	unsigned int order;		/* pages per slab, log2 */
	unsigned int offset;		/* of the free pointer: past the
					   object when a ctor owns it */
	unsigned int flags;
	unsigned int useroffset;	/* what copy_{to,from}_user may reach: */
	unsigned int usersize;		/* the whole object of a kmalloc cache;
					   a cache with one is never merged */
	void (*ctor)(void *);
	void *freelist;			/* first free object; each holds the next */
	unsigned long nr_slabs;
	unsigned long inuse;		/* objects handed out */
	int refcount;			/* kmem_cache_create()s merged into it */
	u16 id;				/* struct page's slab_id */
	struct list_head list;		/* slab_caches */
};

int slab_register(struct kmem_cache *s);
unsigned int calculate_order(unsigned int size);
void slab_unregister(struct kmem_cache *s);
struct kmem_cache *virt_to_cache(const void *objp);
bool kmem_obj_info(const void *ptr, struct kmem_cache **cache, void **objp);
void __check_heap_object(const void *ptr, unsigned long n, bool to_user);
void slab_release_pages(struct kmem_cache *s);
extern unsigned long nr_slab_pages;

#endif
