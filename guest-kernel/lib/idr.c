// SPDX-License-Identifier: GPL-2.0
/*
 * IDR and IDA (<linux/idr.h>) on the XArray of lib/xarray.c. An IDR
 * stores its pointers at id - idr_base; its root flags (IDR_RT_MARKER)
 * include XA_FLAGS_TRACK_FREE's bit, so a NULL pointer is kept as
 * XA_ZERO_ENTRY and its id stays taken. Ids are handed out lowest first
 * (idr_alloc_cyclic(): from after the last one). An IDA keeps a 1024-bit
 * bitmap per 1024 ids, freed when it empties, so an IDA without ids has
 * an empty array (ida_is_empty() in module code).
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/idr.h>
#include <linux/slab.h>

#define INT_MAX_UL	((unsigned long)INT_MAX)
/* the line of Linux 6.1's lib/idr.c whose WARN reports a double ida_free() */
#define IDA_FREE_WARN_LINE	527

/* An IDR set up by idr_init() has these root flags; others get them. */
static void idr_check_root(struct idr *idr)
{
	if (WARN_ON_ONCE(!(idr->idr_rt.xa_flags & ROOT_IS_IDR)))
		idr->idr_rt.xa_flags |= IDR_RT_MARKER;
}

int idr_alloc_u32(struct idr *idr, void *ptr, u32 *nextid, unsigned long max,
		  gfp_t gfp)
{
	unsigned long base = idr->idr_base, index;
	void *old;

	idr_check_root(idr);
	if (*nextid < base)
		*nextid = base;
	if (max < *nextid)
		return -ENOSPC;
	index = *nextid - base;
	if (xa_first_free(&idr->idr_rt, &index, max - base))
		return -ENOSPC;
	old = __xa_store(&idr->idr_rt, index, ptr, gfp);
	if (xa_is_err(old))
		return xa_err(old);
	*nextid = index + base;
	return 0;
}
EXPORT_SYMBOL_GPL(idr_alloc_u32);

/* The lowest free id in [start, end) (end <= 0: up to INT_MAX). */
int idr_alloc(struct idr *idr, void *ptr, int start, int end, gfp_t gfp)
{
	u32 id = start;
	int ret;

	if (WARN_ON_ONCE(start < 0))
		return -EINVAL;
	ret = idr_alloc_u32(idr, ptr, &id, end > 0 ? end - 1 : INT_MAX, gfp);
	return ret ?: id;
}
EXPORT_SYMBOL_GPL(idr_alloc);

/* The lowest free id after the last one handed out, else from start. */
int idr_alloc_cyclic(struct idr *idr, void *ptr, int start, int end, gfp_t gfp)
{
	unsigned long max = end > 0 ? end - 1 : INT_MAX;
	u32 id = idr->idr_next;
	int err;

	if ((int)id < start)
		id = start;
	err = idr_alloc_u32(idr, ptr, &id, max, gfp);
	if (err == -ENOSPC && id > start) {
		id = start;
		err = idr_alloc_u32(idr, ptr, &id, max, gfp);
	}
	if (err)
		return err;
	idr->idr_next = id + 1;
	return id;
}
EXPORT_SYMBOL(idr_alloc_cyclic);

void *idr_find(const struct idr *idr, unsigned long id)
{
	if (id < idr->idr_base)
		return NULL;
	return xa_load((struct xarray *)&idr->idr_rt, id - idr->idr_base);
}
EXPORT_SYMBOL_GPL(idr_find);

void *idr_remove(struct idr *idr, unsigned long id)
{
	if (id < idr->idr_base)
		return NULL;
	return __xa_erase(&idr->idr_rt, id - idr->idr_base);
}
EXPORT_SYMBOL_GPL(idr_remove);

/* A new pointer for an id in use: the old one, ERR_PTR(-ENOENT) if free. */
void *idr_replace(struct idr *idr, void *ptr, unsigned long id)
{
	unsigned long index = id - idr->idr_base, found = index;

	if (id < idr->idr_base || !xa_find_raw(&idr->idr_rt, &found, index))
		return ERR_PTR(-ENOENT);
	return __xa_store(&idr->idr_rt, index, ptr, GFP_ATOMIC);
}
EXPORT_SYMBOL(idr_replace);

void *idr_get_next_ul(struct idr *idr, unsigned long *nextid)
{
	unsigned long base = idr->idr_base, index;
	void *entry;

	index = *nextid > base ? *nextid - base : 0;
	entry = xa_find(&idr->idr_rt, &index, ~0UL, XA_PRESENT);
	if (entry)
		*nextid = index + base;
	return entry;
}
EXPORT_SYMBOL(idr_get_next_ul);

void *idr_get_next(struct idr *idr, int *nextid)
{
	unsigned long id = *nextid;
	void *entry = idr_get_next_ul(idr, &id);

	if (WARN_ON_ONCE(id > INT_MAX_UL))
		return NULL;
	*nextid = id;
	return entry;
}
EXPORT_SYMBOL(idr_get_next);

/* fn(id, pointer, data) for each id in order, until fn returns non-zero. */
int idr_for_each(const struct idr *idr,
		 int (*fn)(int id, void *p, void *data), void *data)
{
	struct xarray *xa = (struct xarray *)&idr->idr_rt;
	unsigned long index = 0;
	void *entry;
	int ret;

	for (entry = xa_find(xa, &index, INT_MAX_UL, XA_PRESENT); entry;
	     entry = xa_find_after(xa, &index, INT_MAX_UL, XA_PRESENT)) {
		ret = fn(index + idr->idr_base, entry, data);
		if (ret)
			return ret;
	}
	return 0;
}
EXPORT_SYMBOL(idr_for_each);

void idr_destroy(struct idr *idr)
{
	xa_destroy(&idr->idr_rt);
}
EXPORT_SYMBOL(idr_destroy);

/* Nodes are allocated without sleeping when needed: nothing to prepare. */
void idr_preload(gfp_t gfp_mask)
{
}
EXPORT_SYMBOL(idr_preload);

/* ---- IDA ---- */

int ida_alloc_range(struct ida *ida, unsigned int min, unsigned int max,
		    gfp_t gfp)
{
	unsigned long chunk, bit, flags;
	unsigned long *bitmap;
	int ret = -ENOSPC;

	if ((int)min < 0)
		return -ENOSPC;
	if ((int)max < 0)
		max = INT_MAX;
	spin_lock_irqsave(&ida->xa.xa_lock, flags);
	for (chunk = min / IDA_BITMAP_BITS; chunk <= max / IDA_BITMAP_BITS; chunk++) {
		bit = chunk == min / IDA_BITMAP_BITS ? min % IDA_BITMAP_BITS : 0;
		bitmap = xa_load(&ida->xa, chunk);
		if (bitmap)
			bit = find_next_zero_bit(bitmap, IDA_BITMAP_BITS, bit);
		if (bit >= IDA_BITMAP_BITS)
			continue;
		if (chunk * IDA_BITMAP_BITS + bit > max)
			break;
		if (!bitmap) {
			bitmap = kzalloc(IDA_BITMAP_BITS / 8, GFP_ATOMIC);
			if (!bitmap || xa_is_err(__xa_store(&ida->xa, chunk,
							    bitmap, gfp))) {
				kfree(bitmap);
				ret = -ENOMEM;
				break;
			}
		}
		__set_bit(bit, bitmap);
		ret = chunk * IDA_BITMAP_BITS + bit;
		break;
	}
	spin_unlock_irqrestore(&ida->xa.xa_lock, flags);
	return ret;
}
EXPORT_SYMBOL(ida_alloc_range);

void ida_free(struct ida *ida, unsigned int id)
{
	unsigned long chunk = id / IDA_BITMAP_BITS, bit = id % IDA_BITMAP_BITS;
	unsigned long *bitmap, flags;

	BUG_ON((int)id < 0);
	spin_lock_irqsave(&ida->xa.xa_lock, flags);
	bitmap = xa_load(&ida->xa, chunk);
	if (!bitmap || !test_bit(bit, bitmap)) {
		spin_unlock_irqrestore(&ida->xa.xa_lock, flags);
		WARN_AT_LINE(IDA_FREE_WARN_LINE,
			     "ida_free called for id=%d which is not allocated.\n",
			     id);
		return;
	}
	__clear_bit(bit, bitmap);
	if (find_first_bit(bitmap, IDA_BITMAP_BITS) == IDA_BITMAP_BITS) {
		__xa_erase(&ida->xa, chunk);
		kfree(bitmap);
	}
	spin_unlock_irqrestore(&ida->xa.xa_lock, flags);
}
EXPORT_SYMBOL(ida_free);

void ida_destroy(struct ida *ida)
{
	unsigned long index = 0, flags;
	void *bitmap;

	spin_lock_irqsave(&ida->xa.xa_lock, flags);
	for (bitmap = xa_find_raw(&ida->xa, &index, ~0UL); bitmap;
	     bitmap = xa_find_raw(&ida->xa, &index, ~0UL)) {
		kfree(bitmap);
		__xa_erase(&ida->xa, index);
	}
	spin_unlock_irqrestore(&ida->xa.xa_lock, flags);
}
EXPORT_SYMBOL(ida_destroy);
