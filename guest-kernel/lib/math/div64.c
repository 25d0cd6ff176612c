// SPDX-License-Identifier: GPL-2.0
/*
 * 64-bit division where the CPU divides 32 bits at most (32-bit ARM):
 * __div64_32() behind do_div()'s __do_div64, and the 64-by-64 divisions
 * behind the EABI helpers gcc calls for the kernel's own "/" and "%" of
 * 64-bit values, and what <linux/math64.h> has modules import on a
 * 32-bit kernel (div64_u64(), div_s64_rem()...). Restoring division, one quotient bit a round; nothing
 * here may divide a 64-bit value itself.
 */
#include <linux/export.h>
#include <linux/kernel.h>
#include <linux/types.h>

void __div0(void);

/* n / d with the remainder; d is not 0. */
static u64 divide_u64(u64 n, u64 d, u64 *rem)
{
	u64 q = 0, bit = 1;

	while ((s64)d > 0 && d < n) {
		d <<= 1;
		bit <<= 1;
	}
	while (bit) {
		if (n >= d) {
			n -= d;
			q |= bit;
		}
		d >>= 1;
		bit >>= 1;
	}
	*rem = n;
	return q;
}

/* *n /= base, answering the remainder; base is not 0 (do_div()). */
u32 __div64_32(u64 *n, u32 base)
{
	u32 high = *n >> 32;
	u64 q = 0, rem;

	/* The high word's own quotient first: the rest then fits 32 bits. */
	if (high >= base) {
		q = (u64)(high / base) << 32;
		*n -= (u64)(high / base * base) << 32;
	}
	q |= divide_u64(*n, base, &rem);
	*n = q;
	return rem;
}

u64 div64_u64_rem(u64 dividend, u64 divisor, u64 *remainder)
{
	if (!divisor) {
		__div0();
		*remainder = 0;
		return 0;
	}
	return divide_u64(dividend, divisor, remainder);
}
EXPORT_SYMBOL(div64_u64_rem);

u64 div64_u64(u64 dividend, u64 divisor)
{
	u64 rem;

	return div64_u64_rem(dividend, divisor, &rem);
}
EXPORT_SYMBOL(div64_u64);

/* Truncating, as C's: the remainder takes the dividend's sign. */
s64 div64_s64_rem(s64 dividend, s64 divisor, s64 *remainder)
{
	u64 n = dividend < 0 ? -(u64)dividend : dividend;
	u64 d = divisor < 0 ? -(u64)divisor : divisor;
	u64 q, rem;

	q = div64_u64_rem(n, d, &rem);
	*remainder = dividend < 0 ? -(s64)rem : (s64)rem;
	return (dividend < 0) != (divisor < 0) ? -(s64)q : (s64)q;
}

s64 div64_s64(s64 dividend, s64 divisor)
{
	s64 rem;

	return div64_s64_rem(dividend, divisor, &rem);
}
EXPORT_SYMBOL(div64_s64);

s64 div_s64_rem(s64 dividend, s32 divisor, s32 *remainder)
{
	s64 rem, q;

	q = div64_s64_rem(dividend, divisor, &rem);
	*remainder = rem;
	return q;
}
EXPORT_SYMBOL(div_s64_rem);
