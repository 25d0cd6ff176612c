// SPDX-License-Identifier: GPL-2.0
/*
 * Copying from device memory, as Linux/arm's memcpy_fromio(): device
 * memory allows no unaligned accesses, so bytes until the source is
 * aligned, then words.
 */
#include <linux/kernel.h>
#include <linux/io.h>
#include <linux/string.h>

void memcpy_fromio(void *to, const volatile void __iomem *from, size_t count)
{
	u8 *dst = to;

	while (count && ((unsigned long)from & 3)) {
		*dst++ = readb(from++);
		count--;
	}
	for (; count >= 4; count -= 4, from += 4, dst += 4) {
		u32 v = readl(from);

		memcpy(dst, &v, 4);
	}
	while (count--)
		*dst++ = readb(from++);
}
