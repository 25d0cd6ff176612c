// SPDX-License-Identifier: GPL-2.0
/* Hex conversion helpers. */
#include <linux/kernel.h>

const char hex_asc[] = "0123456789abcdef";

/* Two lower-case hex digits per byte; returns the end (not terminated). */
char *bin2hex(char *dst, const void *src, size_t count)
{
	const unsigned char *p = src;

	while (count--) {
		*dst++ = hex_asc[*p >> 4];
		*dst++ = hex_asc[*p++ & 0xf];
	}
	return dst;
}
