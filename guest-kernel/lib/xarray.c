// SPDX-License-Identifier: GPL-2.0
/*
 * XArrays (<linux/xarray.h>): a radix tree of 64-slot nodes under
 * xa_head, as tall as the largest index needs; nodes come and go with
 * their entries, so an empty array has a NULL head (xa_empty() in module
 * code). Each node keeps, per mark, a bit for each slot whose entry (or
 * subtree) is marked; the root's mark flags live in xa_flags. Allocating
 * arrays (XA_FLAGS_ALLOC*) keep a slot that holds NULL busy with
 * XA_ZERO_ENTRY, which lookups report as NULL. Functions without "__"
 * take xa_lock themselves.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/slab.h>
#include <linux/xarray.h>

#define XA_CHUNK_SHIFT	6
#define XA_CHUNK_SIZE	(1UL << XA_CHUNK_SHIFT)
#define XA_CHUNK_MASK	(XA_CHUNK_SIZE - 1)
#define XA_RAW		0xffU	/* a find filter: any slot in use */

struct xa_node {
	unsigned char	shift;		/* index bits below this node */
	unsigned char	offset;		/* our slot in the parent */
	unsigned char	count;		/* slots in use */
	struct xa_node	*parent;
	void		*slots[XA_CHUNK_SIZE];
	unsigned long	marks[XA_MAX_MARKS];
};

static void *mk_node(struct xa_node *node)
{
	return (void *)((unsigned long)node | 2);
}

static bool is_node(const void *entry)
{
	return xa_is_internal(entry) && (unsigned long)entry > 4096;
}

static struct xa_node *to_node(const void *entry)
{
	return (struct xa_node *)((unsigned long)entry - 2);
}

static bool track_free(const struct xarray *xa)
{
	return xa->xa_flags & XA_FLAGS_TRACK_FREE;
}

/* The last index a node covers, relative to its first. */
static unsigned long node_span(const struct xa_node *node)
{
	unsigned int bits = node->shift + XA_CHUNK_SHIFT;

	return bits >= BITS_PER_LONG ? ~0UL : (1UL << bits) - 1;
}

static struct xa_node *node_alloc(unsigned int shift, struct xa_node *parent,
				  unsigned int offset)
{
	struct xa_node *node = kzalloc(sizeof(*node), GFP_ATOMIC);

	if (node) {
		node->shift = shift;
		node->parent = parent;
		node->offset = offset;
	}
	return node;
}

/* Set or clear mark bit off in node and, as far as it changes, above. */
static void node_mark(struct xarray *xa, struct xa_node *node,
		      unsigned int off, xa_mark_t mark, bool set)
{
	while (node) {
		bool was_any = node->marks[mark] != 0;

		if (set)
			__set_bit(off, &node->marks[mark]);
		else
			__clear_bit(off, &node->marks[mark]);
		if (was_any == (node->marks[mark] != 0))
			return;
		off = node->offset;
		node = node->parent;
	}
	if (mark == XA_FREE_MARK && track_free(xa))
		return;		/* the root's free mark is the allocator's */
	if (set)
		xa->xa_flags |= XA_FLAGS_MARK(mark);
	else
		xa->xa_flags &= ~XA_FLAGS_MARK(mark);
}

/* The leaf node holding index (made if create), and the slot's offset. */
static struct xa_node *walk(struct xarray *xa, unsigned long index,
			    bool create, unsigned int *off)
{
	struct xa_node *node, *top;
	xa_mark_t m;

	if (!xa->xa_head) {
		if (!create || !(node = node_alloc(0, NULL, 0)))
			return NULL;
		xa->xa_head = mk_node(node);
	}
	node = to_node(xa->xa_head);
	while (index > node_span(node)) {	/* grow a level on top */
		if (!create || !(top = node_alloc(node->shift + XA_CHUNK_SHIFT,
						  NULL, 0)))
			return NULL;
		top->slots[0] = mk_node(node);
		top->count = 1;
		for (m = 0; m < XA_MAX_MARKS; m++)
			if (node->marks[m])
				__set_bit(0, &top->marks[m]);
		node->parent = top;
		xa->xa_head = mk_node(top);
		node = top;
	}
	for (;;) {
		unsigned int o = (index >> node->shift) & XA_CHUNK_MASK;
		struct xa_node *child;

		if (!node->shift) {
			*off = o;
			return node;
		}
		if (!node->slots[o]) {
			if (!create || !(child = node_alloc(node->shift - XA_CHUNK_SHIFT,
							    node, o)))
				return NULL;
			node->slots[o] = mk_node(child);
			node->count++;
		}
		node = to_node(node->slots[o]);
	}
}

/* Free empty nodes from node up, then lower the tree while it can. */
static void tidy_up(struct xarray *xa, struct xa_node *node)
{
	struct xa_node *parent;

	/* an empty node's marks are clear, and so are its bits above */
	while (node && !node->count) {
		parent = node->parent;
		if (parent) {
			parent->slots[node->offset] = NULL;
			parent->count--;
		} else {
			xa->xa_head = NULL;
		}
		kfree(node);
		node = parent;
	}
	while (xa->xa_head) {
		node = to_node(xa->xa_head);
		if (!node->shift || node->count != 1 || !is_node(node->slots[0]))
			break;
		xa->xa_head = node->slots[0];
		to_node(xa->xa_head)->parent = NULL;
		kfree(node);
	}
}

/* Put entry (NULL: empty the slot) at index; the old raw entry, or an error. */
static void *set_entry(struct xarray *xa, unsigned long index, void *entry)
{
	unsigned int off;
	struct xa_node *leaf = walk(xa, index, entry != NULL, &off);
	xa_mark_t m;
	void *old;

	if (!leaf)
		return entry ? xa_mk_internal(-ENOMEM) : NULL;
	old = leaf->slots[off];
	leaf->slots[off] = entry;
	if (!old && entry)
		leaf->count++;
	if (old && !entry) {
		leaf->count--;
		for (m = 0; m < XA_MAX_MARKS; m++)
			if (test_bit(off, &leaf->marks[m]))
				node_mark(xa, leaf, off, m, false);
	}
	if (!leaf->count || !entry)
		tidy_up(xa, leaf);
	return old;
}

static void *raw_load(struct xarray *xa, unsigned long index)
{
	unsigned int off;
	struct xa_node *leaf = walk(xa, index, false, &off);

	return leaf ? leaf->slots[off] : NULL;
}

void *xa_load(struct xarray *xa, unsigned long index)
{
	void *entry = raw_load(xa, index);

	return xa_is_zero(entry) ? NULL : entry;
}
EXPORT_SYMBOL(xa_load);

void **xa_slot(struct xarray *xa, unsigned long index, bool create)
{
	unsigned int off;
	struct xa_node *leaf = walk(xa, index, create, &off);

	return leaf ? &leaf->slots[off] : NULL;
}

void *__xa_store(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp)
{
	void *old;

	if (WARN_ON_ONCE(xa_is_internal(entry)))
		return xa_mk_internal(-EINVAL);
	if (!entry && track_free(xa))
		entry = XA_ZERO_ENTRY;
	old = set_entry(xa, index, entry);
	if (xa_is_err(old))
		return old;
	return xa_is_zero(old) ? NULL : old;
}
EXPORT_SYMBOL(__xa_store);

void *xa_store(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp)
{
	void *curr;

	spin_lock(&xa->xa_lock);
	curr = __xa_store(xa, index, entry, gfp);
	spin_unlock(&xa->xa_lock);
	return curr;
}
EXPORT_SYMBOL(xa_store);

void *__xa_erase(struct xarray *xa, unsigned long index)
{
	void *old = set_entry(xa, index, NULL);

	return xa_is_zero(old) ? NULL : old;
}
EXPORT_SYMBOL(__xa_erase);

void *xa_erase(struct xarray *xa, unsigned long index)
{
	void *entry;

	spin_lock(&xa->xa_lock);
	entry = __xa_erase(xa, index);
	spin_unlock(&xa->xa_lock);
	return entry;
}
EXPORT_SYMBOL(xa_erase);

/* Store only into an empty slot: -EBUSY if it is in use. */
int __xa_insert(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp)
{
	void *old;

	if (WARN_ON_ONCE(xa_is_internal(entry)))
		return -EINVAL;
	if (raw_load(xa, index))
		return -EBUSY;
	old = set_entry(xa, index, entry ?: XA_ZERO_ENTRY);
	return xa_err(old);
}
EXPORT_SYMBOL(__xa_insert);

/* Replace the entry at index only if it is old; the entry found. */
void *__xa_cmpxchg(struct xarray *xa, unsigned long index, void *old,
		   void *entry, gfp_t gfp)
{
	void *curr;

	if (WARN_ON_ONCE(xa_is_internal(entry)))
		return xa_mk_internal(-EINVAL);
	curr = raw_load(xa, index);
	if ((xa_is_zero(curr) ? NULL : curr) != old)
		return xa_is_zero(curr) ? NULL : curr;
	if (!entry && track_free(xa))
		entry = XA_ZERO_ENTRY;
	curr = set_entry(xa, index, entry);
	return xa_is_zero(curr) ? NULL : curr;
}
EXPORT_SYMBOL(__xa_cmpxchg);

/* The first entry at index >= *index and <= max passing filter, in node. */
static void *node_find(struct xa_node *node, unsigned long first,
		       unsigned long *index, unsigned long max, xa_mark_t filter)
{
	unsigned long off = *index > first ? (*index - first) >> node->shift : 0;

	for (; off < XA_CHUNK_SIZE; off++) {
		unsigned long start = first + (off << node->shift);
		void *entry = node->slots[off];

		if (start > max || (off && start < first))	/* past max, or wrapped */
			return NULL;
		if (!entry)
			continue;
		if (filter < XA_MAX_MARKS && !test_bit(off, &node->marks[filter]))
			continue;
		if (is_node(entry)) {
			unsigned long sub = max(*index, start);

			entry = node_find(to_node(entry), start, &sub, max, filter);
			if (entry) {
				*index = sub;
				return entry;
			}
			continue;
		}
		if (filter == XA_PRESENT && xa_is_zero(entry))
			continue;
		*index = start;
		return entry;
	}
	return NULL;
}

static void *find_from(struct xarray *xa, unsigned long *indexp,
		       unsigned long max, xa_mark_t filter)
{
	unsigned long index = *indexp;
	void *entry;

	if (!xa->xa_head || index > max)
		return NULL;
	entry = node_find(to_node(xa->xa_head), 0, &index, max, filter);
	if (entry)
		*indexp = index;
	return entry;
}

void *xa_find_raw(struct xarray *xa, unsigned long *indexp, unsigned long max)
{
	return find_from(xa, indexp, max, XA_RAW);
}

void *xa_find(struct xarray *xa, unsigned long *indexp, unsigned long max,
	      xa_mark_t filter)
{
	void *entry;

	spin_lock(&xa->xa_lock);
	entry = find_from(xa, indexp, max, filter);
	spin_unlock(&xa->xa_lock);
	return entry;
}
EXPORT_SYMBOL(xa_find);

void *xa_find_after(struct xarray *xa, unsigned long *indexp,
		    unsigned long max, xa_mark_t filter)
{
	unsigned long index = *indexp + 1;
	void *entry;

	if (!index)	/* *indexp was the last index there is */
		return NULL;
	spin_lock(&xa->xa_lock);
	entry = find_from(xa, &index, max, filter);
	spin_unlock(&xa->xa_lock);
	if (entry)
		*indexp = index;
	return entry;
}
EXPORT_SYMBOL(xa_find_after);

int xa_first_free(struct xarray *xa, unsigned long *index, unsigned long max)
{
	unsigned long idx = *index, found;

	while (idx <= max) {
		found = idx;
		if (!find_from(xa, &found, max, XA_RAW) || found > idx) {
			*index = idx;
			return 0;
		}
		if (found == ~0UL)
			break;
		idx = found + 1;
	}
	return -EBUSY;
}

int __xa_alloc(struct xarray *xa, u32 *id, void *entry, struct xa_limit limit,
	       gfp_t gfp)
{
	unsigned long index = limit.min;
	void *old;

	if (WARN_ON_ONCE(xa_is_internal(entry)))
		return -EINVAL;
	if (WARN_ON_ONCE(!track_free(xa)))
		return -EINVAL;
	if (!index && (xa->xa_flags & XA_FLAGS_ZERO_BUSY))
		index = 1;
	if (xa_first_free(xa, &index, limit.max))
		return -EBUSY;
	old = set_entry(xa, index, entry ?: XA_ZERO_ENTRY);
	if (xa_is_err(old))
		return xa_err(old);
	*id = index;
	return 0;
}
EXPORT_SYMBOL(__xa_alloc);

/*
 * Allocate at *next or above, else from limit.min: 1 if the search went
 * back to the start (or the last call ran past the top), else 0.
 */
int __xa_alloc_cyclic(struct xarray *xa, u32 *id, void *entry,
		      struct xa_limit limit, u32 *next, gfp_t gfp)
{
	struct xa_limit from_next = limit;
	bool wrapped = xa->xa_flags & XA_FLAGS_ALLOC_WRAPPED;
	int ret;

	from_next.min = max(limit.min, *next);
	ret = __xa_alloc(xa, id, entry, from_next, gfp);
	if (ret < 0 && from_next.min > limit.min) {
		ret = __xa_alloc(xa, id, entry, limit, gfp);
		wrapped = true;
	}
	if (ret < 0)
		return ret;
	xa->xa_flags &= ~XA_FLAGS_ALLOC_WRAPPED;
	*next = *id + 1;
	if (!*next)
		xa->xa_flags |= XA_FLAGS_ALLOC_WRAPPED;
	return wrapped;
}
EXPORT_SYMBOL(__xa_alloc_cyclic);

bool xa_get_mark(struct xarray *xa, unsigned long index, xa_mark_t mark)
{
	unsigned int off;
	struct xa_node *leaf = walk(xa, index, false, &off);

	return leaf && test_bit(off, &leaf->marks[mark]);
}
EXPORT_SYMBOL(xa_get_mark);

static void change_mark(struct xarray *xa, unsigned long index,
			xa_mark_t mark, bool set)
{
	unsigned int off;
	struct xa_node *leaf = walk(xa, index, false, &off);

	if (leaf && leaf->slots[off] && mark < XA_MAX_MARKS)
		node_mark(xa, leaf, off, mark, set);
}

void __xa_set_mark(struct xarray *xa, unsigned long index, xa_mark_t mark)
{
	change_mark(xa, index, mark, true);
}
EXPORT_SYMBOL(__xa_set_mark);

void __xa_clear_mark(struct xarray *xa, unsigned long index, xa_mark_t mark)
{
	change_mark(xa, index, mark, false);
}
EXPORT_SYMBOL(__xa_clear_mark);

void xa_set_mark(struct xarray *xa, unsigned long index, xa_mark_t mark)
{
	spin_lock(&xa->xa_lock);
	change_mark(xa, index, mark, true);
	spin_unlock(&xa->xa_lock);
}
EXPORT_SYMBOL(xa_set_mark);

void xa_clear_mark(struct xarray *xa, unsigned long index, xa_mark_t mark)
{
	spin_lock(&xa->xa_lock);
	change_mark(xa, index, mark, false);
	spin_unlock(&xa->xa_lock);
}
EXPORT_SYMBOL(xa_clear_mark);

static void free_nodes(void *entry)
{
	struct xa_node *node;
	unsigned int i;

	if (!is_node(entry))
		return;
	node = to_node(entry);
	if (node->shift)
		for (i = 0; i < XA_CHUNK_SIZE; i++)
			free_nodes(node->slots[i]);
	kfree(node);
}

/* Free the nodes (the entries are the caller's); the array is empty. */
void xa_destroy(struct xarray *xa)
{
	unsigned long flags;
	xa_mark_t m;

	spin_lock_irqsave(&xa->xa_lock, flags);
	free_nodes(xa->xa_head);
	xa->xa_head = NULL;
	for (m = 0; m < XA_MAX_MARKS; m++)
		if (!(m == XA_FREE_MARK && track_free(xa)))
			xa->xa_flags &= ~XA_FLAGS_MARK(m);
	spin_unlock_irqrestore(&xa->xa_lock, flags);
}
EXPORT_SYMBOL(xa_destroy);
