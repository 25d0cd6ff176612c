// SPDX-License-Identifier: GPL-2.0
/*
 * Bitmap operations module code reaches for bitmaps longer than a word
 * (the one-word cases are inline). Bits past nbits in the last word are
 * left out of weights and comparisons, as Linux's.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/export.h>
#include <linux/slab.h>

#define LAST_WORD_MASK(nbits)	(~0UL >> (-(nbits) & (BITS_PER_LONG - 1)))
#define FULL_WORDS(nbits)	((nbits) / BITS_PER_LONG)
#define TAIL(nbits)		((nbits) % BITS_PER_LONG)

unsigned int __bitmap_weight(const unsigned long *bitmap, unsigned int bits)
{
	unsigned int k, w = 0;

	for (k = 0; k < FULL_WORDS(bits); k++)
		w += hweight_long(bitmap[k]);
	if (TAIL(bits))
		w += hweight_long(bitmap[k] & LAST_WORD_MASK(bits));
	return w;
}
EXPORT_SYMBOL(__bitmap_weight);

bool __bitmap_equal(const unsigned long *a, const unsigned long *b,
		    unsigned int bits)
{
	unsigned int k;

	for (k = 0; k < FULL_WORDS(bits); k++)
		if (a[k] != b[k])
			return false;
	return !TAIL(bits) || !((a[k] ^ b[k]) & LAST_WORD_MASK(bits));
}
EXPORT_SYMBOL(__bitmap_equal);

bool __bitmap_intersects(const unsigned long *a, const unsigned long *b,
			 unsigned int bits)
{
	unsigned int k;

	for (k = 0; k < FULL_WORDS(bits); k++)
		if (a[k] & b[k])
			return true;
	return TAIL(bits) && (a[k] & b[k] & LAST_WORD_MASK(bits));
}
EXPORT_SYMBOL(__bitmap_intersects);

bool __bitmap_subset(const unsigned long *a, const unsigned long *b,
		     unsigned int bits)
{
	unsigned int k;

	for (k = 0; k < FULL_WORDS(bits); k++)
		if (a[k] & ~b[k])
			return false;
	return !TAIL(bits) || !(a[k] & ~b[k] & LAST_WORD_MASK(bits));
}
EXPORT_SYMBOL(__bitmap_subset);

void __bitmap_complement(unsigned long *dst, const unsigned long *src,
			 unsigned int bits)
{
	unsigned int k;

	for (k = 0; k < BITS_TO_LONGS(bits); k++)
		dst[k] = ~src[k];
}
EXPORT_SYMBOL(__bitmap_complement);

/* The and/andnot forms say whether any bit is left. */
bool __bitmap_and(unsigned long *dst, const unsigned long *a,
		  const unsigned long *b, unsigned int bits)
{
	unsigned long result = 0;
	unsigned int k;

	for (k = 0; k < FULL_WORDS(bits); k++)
		result |= (dst[k] = a[k] & b[k]);
	if (TAIL(bits))
		result |= (dst[k] = a[k] & b[k] & LAST_WORD_MASK(bits));
	return result != 0;
}
EXPORT_SYMBOL(__bitmap_and);

bool __bitmap_andnot(unsigned long *dst, const unsigned long *a,
		     const unsigned long *b, unsigned int bits)
{
	unsigned long result = 0;
	unsigned int k;

	for (k = 0; k < FULL_WORDS(bits); k++)
		result |= (dst[k] = a[k] & ~b[k]);
	if (TAIL(bits))
		result |= (dst[k] = a[k] & ~b[k] & LAST_WORD_MASK(bits));
	return result != 0;
}
EXPORT_SYMBOL(__bitmap_andnot);

void __bitmap_or(unsigned long *dst, const unsigned long *a,
		 const unsigned long *b, unsigned int bits)
{
	unsigned int k;

	for (k = 0; k < BITS_TO_LONGS(bits); k++)
		dst[k] = a[k] | b[k];
}
EXPORT_SYMBOL(__bitmap_or);

void __bitmap_xor(unsigned long *dst, const unsigned long *a,
		  const unsigned long *b, unsigned int bits)
{
	unsigned int k;

	for (k = 0; k < BITS_TO_LONGS(bits); k++)
		dst[k] = a[k] ^ b[k];
}
EXPORT_SYMBOL(__bitmap_xor);

void __bitmap_set(unsigned long *map, unsigned int start, int len)
{
	while (len-- > 0)
		__set_bit(start++, map);
}
EXPORT_SYMBOL(__bitmap_set);

void __bitmap_clear(unsigned long *map, unsigned int start, int len)
{
	while (len-- > 0)
		__clear_bit(start++, map);
}
EXPORT_SYMBOL(__bitmap_clear);

/*
 * The first run of nr clear bits at or after start, whose start plus
 * align_offset is a multiple of align_mask + 1; size or more if none.
 */
unsigned long bitmap_find_next_zero_area_off(unsigned long *map,
					     unsigned long size,
					     unsigned long start,
					     unsigned int nr,
					     unsigned long align_mask,
					     unsigned long align_offset)
{
	unsigned long index, end, i;
again:
	index = find_next_zero_bit(map, size, start);
	index = ((index + align_offset + align_mask) & ~align_mask) - align_offset;
	end = index + nr;
	if (end > size)
		return end;
	i = find_next_bit(map, end, index);
	if (i < end) {
		start = i + 1;
		goto again;
	}
	return index;
}
EXPORT_SYMBOL(bitmap_find_next_zero_area_off);

unsigned long *bitmap_alloc(unsigned int nbits, gfp_t flags)
{
	return kmalloc(BITS_TO_LONGS(nbits) * sizeof(unsigned long), flags);
}
EXPORT_SYMBOL(bitmap_alloc);

unsigned long *bitmap_zalloc(unsigned int nbits, gfp_t flags)
{
	return bitmap_alloc(nbits, flags | __GFP_ZERO);
}
EXPORT_SYMBOL(bitmap_zalloc);

void bitmap_free(const unsigned long *bitmap)
{
	kfree(bitmap);
}
EXPORT_SYMBOL(bitmap_free);
