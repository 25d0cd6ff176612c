// SPDX-License-Identifier: GPL-2.0
/*
 * Bit searches over bitmaps of unsigned longs (find_first_bit() and
 * friends inline in module code call these when the size is not a
 * constant of one word). Each returns the size when nothing is found.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/export.h>

/* The first bit at or after start set in addr (invert: clear). */
static unsigned long find_next(const unsigned long *addr, unsigned long nbits,
			       unsigned long start, unsigned long invert,
			       const unsigned long *and)
{
	unsigned long word;

	if (start >= nbits)
		return nbits;
	word = addr[start / BITS_PER_LONG] ^ invert;
	if (and)
		word &= and[start / BITS_PER_LONG];
	word &= ~0UL << (start % BITS_PER_LONG);
	start -= start % BITS_PER_LONG;
	while (!word) {
		start += BITS_PER_LONG;
		if (start >= nbits)
			return nbits;
		word = addr[start / BITS_PER_LONG] ^ invert;
		if (and)
			word &= and[start / BITS_PER_LONG];
	}
	return min(start + __ffs(word), nbits);
}

unsigned long _find_next_bit(const unsigned long *addr, unsigned long nbits,
			     unsigned long start)
{
	return find_next(addr, nbits, start, 0, NULL);
}
#ifndef __LINUX_ARM_ARCH__	/* Linux/arm exports _find_next_bit_le instead */
EXPORT_SYMBOL(_find_next_bit);
#endif

unsigned long _find_next_zero_bit(const unsigned long *addr, unsigned long nbits,
				  unsigned long start)
{
	return find_next(addr, nbits, start, ~0UL, NULL);
}
#ifndef __LINUX_ARM_ARCH__	/* Linux/arm exports _find_next_zero_bit_le instead */
EXPORT_SYMBOL(_find_next_zero_bit);
#endif

unsigned long _find_next_and_bit(const unsigned long *addr1,
				 const unsigned long *addr2,
				 unsigned long nbits, unsigned long start)
{
	return find_next(addr1, nbits, start, 0, addr2);
}
EXPORT_SYMBOL(_find_next_and_bit);

unsigned long _find_first_bit(const unsigned long *addr, unsigned long size)
{
	return find_next(addr, size, 0, 0, NULL);
}
#ifndef __LINUX_ARM_ARCH__	/* Linux/arm exports _find_first_bit_le instead */
EXPORT_SYMBOL(_find_first_bit);
#endif

unsigned long _find_first_zero_bit(const unsigned long *addr, unsigned long size)
{
	return find_next(addr, size, 0, ~0UL, NULL);
}
#ifndef __LINUX_ARM_ARCH__	/* Linux/arm exports _find_first_zero_bit_le instead */
EXPORT_SYMBOL(_find_first_zero_bit);
#endif

unsigned long _find_first_and_bit(const unsigned long *addr1,
				  const unsigned long *addr2,
				  unsigned long size)
{
	return find_next(addr1, size, 0, 0, addr2);
}
EXPORT_SYMBOL(_find_first_and_bit);

unsigned long _find_last_bit(const unsigned long *addr, unsigned long size)
{
	unsigned long idx;

	if (!size)
		return size;
	idx = (size - 1) / BITS_PER_LONG;
	do {
		unsigned long word = addr[idx];

		if (idx == (size - 1) / BITS_PER_LONG && size % BITS_PER_LONG)
			word &= ~0UL >> (BITS_PER_LONG - size % BITS_PER_LONG);
		if (word)
			return idx * BITS_PER_LONG + __fls(word);
	} while (idx--);
	return size;
}
EXPORT_SYMBOL(_find_last_bit);
