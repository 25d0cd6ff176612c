// SPDX-License-Identifier: GPL-2.0
/*
 * The out-of-line half of refcount_t (see <linux/refcount.h>): the
 * saturation report, once per kind as Linux's WARN_ONCE()s, named after
 * the lines of Linux 6.1's lib/refcount.c that print them.
 */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/export.h>
#include <linux/refcount.h>

#define REFCOUNT_WARN(line, what) do {					\
	static bool __warned;						\
									\
	if (!__warned) {						\
		__warned = true;					\
		WARN_AT_LINE(line, "refcount_t: " what ".\n");		\
	}								\
} while (0)

__sibling_calls void refcount_warn_saturate(refcount_t *r, enum refcount_saturation_type t)
{
	refcount_set(r, REFCOUNT_SATURATED);

	switch (t) {
	case REFCOUNT_ADD_NOT_ZERO_OVF:
		REFCOUNT_WARN(19, "saturated; leaking memory");
		break;
	case REFCOUNT_ADD_OVF:
		REFCOUNT_WARN(22, "saturated; leaking memory");
		break;
	case REFCOUNT_ADD_UAF:
		REFCOUNT_WARN(25, "addition on 0; use-after-free");
		break;
	case REFCOUNT_SUB_UAF:
		REFCOUNT_WARN(28, "underflow; use-after-free");
		break;
	case REFCOUNT_DEC_LEAK:
		REFCOUNT_WARN(31, "decrement hit 0; leaking memory");
		break;
	default:
		REFCOUNT_WARN(34, "unknown saturation event!?");
	}
}
EXPORT_SYMBOL(refcount_warn_saturate);

bool refcount_dec_if_one(refcount_t *r)
{
	int val = 1;

	return atomic_try_cmpxchg_release(&r->refs, &val, 0);
}
EXPORT_SYMBOL(refcount_dec_if_one);

bool refcount_dec_not_one(refcount_t *r)
{
	unsigned int new, val = atomic_read(&r->refs);

	do {
		if (unlikely(val == REFCOUNT_SATURATED))
			return true;
		if (val == 1)
			return false;
		new = val - 1;
		if (new > val) {
			REFCOUNT_WARN(87, "underflow; use-after-free");
			return true;
		}
	} while (!atomic_try_cmpxchg_release(&r->refs, (int *)&val, new));
	return true;
}
EXPORT_SYMBOL(refcount_dec_not_one);
