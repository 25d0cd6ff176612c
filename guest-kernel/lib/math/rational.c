// SPDX-License-Identifier: GPL-2.0
/*
 * The best rational approximation within given bounds: walk the
 * continued fraction's convergents until one exceeds a bound, then take
 * the previous convergent or the largest semi-convergent that fits,
 * whichever is closer (Linux 6.1's rule, ties included).
 */
#include <linux/kernel.h>
#include <linux/export.h>

struct fraction {
	unsigned long num, den;
};

void rational_best_approximation(unsigned long given_numerator,
				 unsigned long given_denominator,
				 unsigned long max_numerator,
				 unsigned long max_denominator,
				 unsigned long *best_numerator,
				 unsigned long *best_denominator)
{
	struct fraction older = { 0, 1 }, prev = { 1, 0 }, next;
	unsigned long n = given_numerator, d = given_denominator;

	while (d) {
		unsigned long dp = d, a = n / d, t = ULONG_MAX;

		d = n % d;
		n = dp;
		next.num = older.num + a * prev.num;
		next.den = older.den + a * prev.den;
		if (next.num <= max_numerator && next.den <= max_denominator) {
			older = prev;
			prev = next;
			continue;
		}
		/* the largest t with older + t * prev inside the bounds */
		if (prev.den)
			t = (max_denominator - older.den) / prev.den;
		if (prev.num)
			t = min(t, (max_numerator - older.num) / prev.num);
		if (!prev.den || 2 * t > a ||
		    (2 * t == a && older.den * dp > prev.den * d)) {
			prev.num = older.num + t * prev.num;
			prev.den = older.den + t * prev.den;
		}
		break;
	}
	*best_numerator = prev.num;
	*best_denominator = prev.den;
}
EXPORT_SYMBOL(rational_best_approximation);
