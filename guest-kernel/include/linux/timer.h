/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Timers on the timer wheel: a function to run in softirq context once
 * jiffies reach expires. struct timer_list is Debian's layout: modules
 * set it up and test timer_pending() inline.
 */
#ifndef _LINUX_TIMER_H
#define _LINUX_TIMER_H

#include <linux/list.h>
#include <linux/jiffies.h>

struct lock_class_key;

struct timer_list {
	struct hlist_node	entry;
	unsigned long		expires;
	void			(*function)(struct timer_list *);
	u32			flags;
};

#define TIMER_CPUMASK		0x0003FFFF
#define TIMER_MIGRATING		0x00040000
#define TIMER_BASEMASK		(TIMER_CPUMASK | TIMER_MIGRATING)
#define TIMER_DEFERRABLE	0x00080000
#define TIMER_PINNED		0x00100000
#define TIMER_IRQSAFE		0x00200000
#define TIMER_INIT_FLAGS	(TIMER_DEFERRABLE | TIMER_PINNED | TIMER_IRQSAFE)
#define TIMER_ARRAYSHIFT	22
#define TIMER_ARRAYMASK		0xFFC00000

/* a static timer's entry.next: 0x300 plus arm64's poison delta, as Debian's */
#define TIMER_ENTRY_STATIC	((void *)0xdead000000000300UL)

#define __TIMER_INITIALIZER(_function, _flags) {			\
		.entry = { .next = TIMER_ENTRY_STATIC },		\
		.function = (_function),				\
		.flags = (_flags),					\
	}

#define DEFINE_TIMER(_name, _function)					\
	struct timer_list _name = __TIMER_INITIALIZER(_function, 0)

#define from_timer(var, callback_timer, timer_fieldname) \
	container_of(callback_timer, __typeof__(*var), timer_fieldname)

void init_timer_key(struct timer_list *timer, void (*func)(struct timer_list *),
		    unsigned int flags, const char *name, struct lock_class_key *key);

#define timer_setup(timer, callback, flags) \
	init_timer_key((timer), (callback), (flags), NULL, NULL)

static inline int timer_pending(const struct timer_list *timer)
{
	return READ_ONCE(timer->entry.pprev) != NULL;
}

void add_timer(struct timer_list *timer);
void add_timer_on(struct timer_list *timer, int cpu);
int mod_timer(struct timer_list *timer, unsigned long expires);
int mod_timer_pending(struct timer_list *timer, unsigned long expires);
int timer_reduce(struct timer_list *timer, unsigned long expires);
int timer_delete(struct timer_list *timer);
int timer_delete_sync(struct timer_list *timer);
int try_to_del_timer_sync(struct timer_list *timer);

static inline int del_timer(struct timer_list *timer)
{
	return timer_delete(timer);
}

static inline int del_timer_sync(struct timer_list *timer)
{
	return timer_delete_sync(timer);
}

void init_timers(void);
void update_process_times(int user_tick);
u64 get_next_timer_interrupt(unsigned long basej, u64 basem);
void timer_clear_idle(void);

#define U64_MAX		((u64)~0ULL)
#define S64_MAX		((s64)(U64_MAX >> 1))

/*
 * kobox's sleeps with a deadline (ns, ktime_get(); U64_MAX: none) for
 * the kernel's own waits, on an hrtimer (kernel/time/hrtimer.c).
 */
u64 schedule_timeout_ns(u64 deadline);	/* time left */
long sleep_until_ns(u64 deadline);	/* 0, or -ERESTARTSYS */

#endif
