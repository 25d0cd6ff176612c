// SPDX-License-Identifier: GPL-2.0
/*
 * Copying from device memory: Device memory allows no unaligned
 * accesses, so bytes until the source is aligned, then aligned 64-bit
 * loads, in pairs of 64 bytes a round while there are enough: the
 * kobox-files window hands whole modules over this way.
 */
#include <linux/kernel.h>
#include <linux/io.h>
#include <linux/string.h>

void memcpy_fromio(void *to, const volatile void __iomem *from, size_t count)
{
	u8 *dst = to;

	while (count && ((unsigned long)from & 7)) {
		*dst++ = readb(from++);
		count--;
	}
	for (; count >= 64; count -= 64, from += 64, dst += 64)
		asm volatile("ldp x4, x5, [%0]\n\t"
			     "ldp x6, x7, [%0, #16]\n\t"
			     "ldp x8, x9, [%0, #32]\n\t"
			     "ldp x10, x11, [%0, #48]\n\t"
			     "stp x4, x5, [%1]\n\t"
			     "stp x6, x7, [%1, #16]\n\t"
			     "stp x8, x9, [%1, #32]\n\t"
			     "stp x10, x11, [%1, #48]"
			     : : "r" (from), "r" (dst)
			     : "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11",
			       "memory");
	for (; count >= 8; count -= 8, from += 8, dst += 8) {
		u64 v = readq(from);

		__builtin_memcpy(dst, &v, 8);	/* a store, not a call */
	}
	while (count--)
		*dst++ = readb(from++);
}
