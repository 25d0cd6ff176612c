/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Timers: a function to run once the monotonic clock (ns since boot)
 * reaches expires. There is no tick: expired timers run from the
 * scheduler and the idle loop, which sleeps until the earliest one.
 */
#ifndef _LINUX_TIMER_H
#define _LINUX_TIMER_H

#include <linux/list.h>

struct timer_list {
	struct list_head entry;
	u64 expires;			/* ns, ktime_get() */
	void (*function)(struct timer_list *);
};

#define from_timer(var, timer, field) container_of(timer, __typeof__(*var), field)

void timer_setup(struct timer_list *timer, void (*fn)(struct timer_list *),
		 unsigned int flags);
void add_timer_ns(struct timer_list *timer, u64 expires);
int del_timer(struct timer_list *timer);
bool timer_pending(const struct timer_list *timer);
void run_timers(void);
u64 next_timer_expiry(void);	/* U64_MAX if none */

#define U64_MAX		((u64)~0ULL)
#define S64_MAX		((s64)(U64_MAX >> 1))

/* kernel/time/timer.c: sleeping with a deadline (ns, ktime_get()) */
u64 schedule_timeout_ns(u64 deadline, int state);	/* time left */
long sleep_until_ns(u64 deadline);	/* 0, or -ERESTARTSYS */

#endif
