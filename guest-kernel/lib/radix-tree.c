// SPDX-License-Identifier: GPL-2.0
/*
 * The radix tree API is the XArray's older face (lib/xarray.c); module
 * code reaches this part of it from the inline idr_is_empty().
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/xarray.h>

/* Is tag set anywhere in the tree? The root's flags say. */
int radix_tree_tagged(const struct xarray *root, unsigned int tag)
{
	return root->xa_flags & (1U << (tag + __GFP_BITS_SHIFT));
}
EXPORT_SYMBOL(radix_tree_tagged);
