/* SPDX-License-Identifier: GPL-2.0 */
/*
 * XArrays in Debian 6.1's layout (a lock, flags with the root marks in
 * the bits above __GFP_BITS_SHIFT, the head) and entry encoding: module
 * code initialises them, tests them (xa_empty(), xa_marked()), makes
 * value entries (xa_mk_value()) and decodes errors (xa_err()) inline.
 * The tree below the head is ours (lib/xarray.c): nodes of 64 slots.
 */
#ifndef _LINUX_XARRAY_H
#define _LINUX_XARRAY_H

#include <linux/types.h>
#include <linux/spinlock.h>
#include <linux/module_abi.h>

struct xarray {
	spinlock_t	xa_lock;
	gfp_t		xa_flags;
	void		*xa_head;
};

abi_check_size(xarray);
abi_check_field(xarray, xa_lock);
abi_check_field(xarray, xa_flags);
abi_check_field(xarray, xa_head);

typedef unsigned int xa_mark_t;
#define XA_MARK_0		0U
#define XA_MARK_1		1U
#define XA_MARK_2		2U
#define XA_PRESENT		8U
#define XA_MARK_MAX		XA_MARK_2
#define XA_FREE_MARK		XA_MARK_0
#define XA_MAX_MARKS		3

#define __GFP_BITS_SHIFT	27	/* Debian's, without lockdep */
#define XA_FLAGS_TRACK_FREE	4U
#define XA_FLAGS_ZERO_BUSY	8U
#define XA_FLAGS_ALLOC_WRAPPED	16U
#define XA_FLAGS_MARK(mark)	((1U << __GFP_BITS_SHIFT) << (mark))
#define XA_FLAGS_ALLOC		(XA_FLAGS_TRACK_FREE | XA_FLAGS_MARK(XA_FREE_MARK))
#define XA_FLAGS_ALLOC1		(XA_FLAGS_TRACK_FREE | XA_FLAGS_ZERO_BUSY)

/* Entries: pointers end in 00, values in 1, internal entries in 10. */
static inline void *xa_mk_internal(unsigned long v)
{
	return (void *)((v << 2) | 2);
}

static inline unsigned long xa_to_internal(const void *entry)
{
	return (unsigned long)entry >> 2;
}

static inline bool xa_is_internal(const void *entry)
{
	return ((unsigned long)entry & 3) == 2;
}

static inline void *xa_mk_value(unsigned long v)
{
	return (void *)((v << 1) | 1);
}

static inline unsigned long xa_to_value(const void *entry)
{
	return (unsigned long)entry >> 1;
}

static inline bool xa_is_value(const void *entry)
{
	return (unsigned long)entry & 1;
}

#define XA_ZERO_ENTRY		xa_mk_internal(257)
#define MAX_ERRNO		4095

static inline bool xa_is_zero(const void *entry)
{
	return entry == XA_ZERO_ENTRY;
}

static inline bool xa_is_err(const void *entry)
{
	return xa_is_internal(entry) &&
	       entry >= xa_mk_internal(-MAX_ERRNO);
}

static inline int xa_err(void *entry)
{
	return xa_is_err(entry) ? (long)entry >> 2 : 0;
}

struct xa_limit {
	u32 max;
	u32 min;
};
#define XA_LIMIT(_min, _max)	(struct xa_limit) { .min = _min, .max = _max }

static inline void xa_init_flags(struct xarray *xa, gfp_t flags)
{
	spin_lock_init(&xa->xa_lock);
	xa->xa_flags = flags;
	xa->xa_head = NULL;
}

static inline bool xa_empty(const struct xarray *xa)
{
	return xa->xa_head == NULL;
}

static inline bool xa_marked(const struct xarray *xa, xa_mark_t mark)
{
	return xa->xa_flags & XA_FLAGS_MARK(mark);
}

void *xa_load(struct xarray *xa, unsigned long index);
void *xa_store(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp);
void *__xa_store(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp);
void *xa_erase(struct xarray *xa, unsigned long index);
void *__xa_erase(struct xarray *xa, unsigned long index);
int __xa_insert(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp);
void *__xa_cmpxchg(struct xarray *xa, unsigned long index, void *old,
		   void *entry, gfp_t gfp);
int __xa_alloc(struct xarray *xa, u32 *id, void *entry, struct xa_limit limit,
	       gfp_t gfp);
int __xa_alloc_cyclic(struct xarray *xa, u32 *id, void *entry,
		      struct xa_limit limit, u32 *next, gfp_t gfp);
void *xa_find(struct xarray *xa, unsigned long *indexp, unsigned long max,
	      xa_mark_t filter);
void *xa_find_after(struct xarray *xa, unsigned long *indexp,
		    unsigned long max, xa_mark_t filter);
bool xa_get_mark(struct xarray *xa, unsigned long index, xa_mark_t mark);
void xa_set_mark(struct xarray *xa, unsigned long index, xa_mark_t mark);
void xa_clear_mark(struct xarray *xa, unsigned long index, xa_mark_t mark);
void __xa_set_mark(struct xarray *xa, unsigned long index, xa_mark_t mark);
void __xa_clear_mark(struct xarray *xa, unsigned long index, xa_mark_t mark);
void xa_destroy(struct xarray *xa);

/* For lib/idr.c: the slot at index, NULL if empty, creating nodes if asked. */
void **xa_slot(struct xarray *xa, unsigned long index, bool create);
/* The first index in [*index, max] whose slot is empty (-EBUSY if none). */
int xa_first_free(struct xarray *xa, unsigned long *index, unsigned long max);
void *xa_find_raw(struct xarray *xa, unsigned long *indexp, unsigned long max);

#endif
