// SPDX-License-Identifier: GPL-2.0
/*
 * Copying from device memory: Device memory allows no unaligned
 * accesses, so bytes until the source is aligned, then 64-bit loads.
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
	for (; count >= 8; count -= 8, from += 8, dst += 8) {
		u64 v = readq(from);

		memcpy(dst, &v, 8);
	}
	while (count--)
		*dst++ = readb(from++);
}
