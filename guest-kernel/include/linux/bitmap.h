/* SPDX-License-Identifier: GPL-2.0 */
/* Operations on whole bitmaps (arrays of unsigned long), as Linux's. */
#ifndef _LINUX_BITMAP_H
#define _LINUX_BITMAP_H

#include <linux/types.h>
#include <linux/bitops.h>

#define BITMAP_LAST_WORD_MASK(nbits)	(~0UL >> (-(nbits) & (BITS_PER_LONG - 1)))

/* Is every bit of src1's first nbits also set in src2? */
static inline bool bitmap_subset(const unsigned long *src1, const unsigned long *src2,
				 unsigned int nbits)
{
	unsigned int k, lim = nbits / BITS_PER_LONG;

	for (k = 0; k < lim; ++k)
		if (src1[k] & ~src2[k])
			return false;
	if (nbits % BITS_PER_LONG)
		if ((src1[k] & ~src2[k]) & BITMAP_LAST_WORD_MASK(nbits))
			return false;
	return true;
}

#endif
