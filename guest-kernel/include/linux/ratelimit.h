/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_RATELIMIT_H
#define _LINUX_RATELIMIT_H

#include <linux/timekeeping.h>
#include <linux/spinlock.h>

#define DEFAULT_RATELIMIT_INTERVAL	(5 * HZ)
#define DEFAULT_RATELIMIT_BURST		10

/* Say how many were suppressed only when the state is released. */
#define RATELIMIT_MSG_ON_RELEASE	BIT(0)

/*
 * At most burst events in interval jiffies; missed counts the others.
 * Debian's layout: modules define these statically and pass them to
 * ___ratelimit().
 */
struct ratelimit_state {
	raw_spinlock_t lock;
	int interval;
	int burst;
	int printed;
	int missed;
	unsigned long begin;
	unsigned long flags;
};

#define RATELIMIT_STATE_INIT(name, interval_init, burst_init) {		\
		.lock = __RAW_SPIN_LOCK_UNLOCKED(name.lock),		\
		.interval = interval_init,				\
		.burst = burst_init,					\
	}

#define DEFINE_RATELIMIT_STATE(name, interval_init, burst_init)		\
	struct ratelimit_state name =					\
		RATELIMIT_STATE_INIT(name, interval_init, burst_init)

int ___ratelimit(struct ratelimit_state *rs, const char *func);
#define __ratelimit(state) ___ratelimit(state, __func__)

#endif
