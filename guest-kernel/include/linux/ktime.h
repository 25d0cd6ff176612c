/* SPDX-License-Identifier: GPL-2.0 */
/* ktime_t: nanoseconds in a signed 64-bit value, as Linux's. */
#ifndef _LINUX_KTIME_H
#define _LINUX_KTIME_H

#include <linux/types.h>

typedef s64 ktime_t;

#define KTIME_MAX		((s64)~((u64)1 << 63))
#define KTIME_SEC_MAX		(KTIME_MAX / NSEC_PER_SEC)

#define ktime_add(a, b)		((a) + (b))
#define ktime_sub(a, b)		((a) - (b))
#define ktime_add_ns(kt, ns)	((kt) + (ns))
#define ktime_sub_ns(kt, ns)	((kt) - (ns))
#define ktime_to_ns(kt)		(kt)
#define ns_to_ktime(ns)		((ktime_t)(ns))
#define ktime_compare(a, b)	((a) < (b) ? -1 : (a) > (b) ? 1 : 0)
#define ktime_before(a, b)	((a) < (b))
#define ktime_after(a, b)	((a) > (b))
#define ktime_add_us(kt, us)	((kt) + (u64)(us) * NSEC_PER_USEC)
#define ktime_add_ms(kt, ms)	((kt) + (u64)(ms) * NSEC_PER_MSEC)

ktime_t ktime_add_safe(const ktime_t lhs, const ktime_t rhs);

#endif
