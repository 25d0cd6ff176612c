/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_MATH64_H
#define _LINUX_MATH64_H

#include <linux/types.h>

/* a * mul >> shift, without losing the product's top bits (as Linux's). */
static inline u64 mul_u64_u32_shr(u64 a, u32 mul, unsigned int shift)
{
#ifdef __SIZEOF_INT128__
	return (u64)(((unsigned __int128)a * mul) >> shift);
#else
	u32 ah = a >> 32, al = a;
	u64 ret = ((u64)al * mul) >> shift;

	if (ah)
		ret += ((u64)ah * mul) << (32 - shift);
	return ret;
#endif
}

#endif
