// SPDX-License-Identifier: GPL-2.0
/* Population counts (hweight*()), by adding bit fields in parallel. */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/export.h>

unsigned long __sw_hweight64(u64 w)
{
	w -= (w >> 1) & 0x5555555555555555ULL;
	w = (w & 0x3333333333333333ULL) + ((w >> 2) & 0x3333333333333333ULL);
	w = (w + (w >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
	return (w * 0x0101010101010101ULL) >> 56;
}
EXPORT_SYMBOL(__sw_hweight64);

unsigned int __sw_hweight32(unsigned int w)
{
	return __sw_hweight64(w);
}
EXPORT_SYMBOL(__sw_hweight32);

unsigned int __sw_hweight16(unsigned int w)
{
	return __sw_hweight64(w & 0xffff);
}
EXPORT_SYMBOL(__sw_hweight16);

unsigned int __sw_hweight8(unsigned int w)
{
	return __sw_hweight64(w & 0xff);
}
EXPORT_SYMBOL(__sw_hweight8);
