// SPDX-License-Identifier: GPL-2.0
/*
 * Timers, kept sorted by expiry. With no tick they run when the
 * scheduler or the idle loop looks (run_timers()); idle sleeps until
 * next_timer_expiry().
 */
#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/sched.h>
#include <linux/timer.h>
#include <linux/timekeeping.h>

static LIST_HEAD(timers);

void timer_setup(struct timer_list *timer, void (*fn)(struct timer_list *),
		 unsigned int flags)
{
	INIT_LIST_HEAD(&timer->entry);
	timer->function = fn;
	timer->expires = 0;
}

bool timer_pending(const struct timer_list *timer)
{
	return timer->entry.next && !list_empty(&timer->entry);
}

int del_timer(struct timer_list *timer)
{
	if (!timer_pending(timer))
		return 0;
	list_del_init(&timer->entry);
	return 1;
}

void add_timer_ns(struct timer_list *timer, u64 expires)
{
	struct timer_list *t;

	del_timer(timer);
	timer->expires = expires;
	list_for_each_entry(t, &timers, entry) {
		if (t->expires > expires) {
			list_add_tail(&timer->entry, &t->entry);
			return;
		}
	}
	list_add_tail(&timer->entry, &timers);
}

u64 next_timer_expiry(void)
{
	if (list_empty(&timers))
		return U64_MAX;
	return list_first_entry(&timers, struct timer_list, entry)->expires;
}

void run_timers(void)
{
	u64 now = ktime_get();
	struct timer_list *t;

	while (!list_empty(&timers)) {
		t = list_first_entry(&timers, struct timer_list, entry);
		if (t->expires > now)
			break;
		list_del_init(&t->entry);
		t->function(t);
	}
}

struct sleeper {
	struct timer_list timer;
	struct task_struct *task;
};

static void sleeper_wake(struct timer_list *t)
{
	struct sleeper *s = from_timer(s, t, timer);

	wake_up_process(s->task);
}

/*
 * Sleep in state until woken, or until the monotonic clock reaches
 * deadline (U64_MAX: no deadline). Like Linux's schedule_timeout(),
 * any wake-up ends it: callers check their condition and loop. An
 * interruptible sleep does not start with a signal pending. Returns the
 * time left (0 once the deadline has passed).
 */
u64 schedule_timeout_ns(u64 deadline, int state)
{
	struct sleeper s = { .task = current };
	u64 now;

	timer_setup(&s.timer, sleeper_wake, 0);
	if (deadline != U64_MAX)
		add_timer_ns(&s.timer, deadline);
	current->sleep_deadline = deadline;
	set_current_state(state);
	if (ktime_get() < deadline &&
	    !((state & TASK_INTERRUPTIBLE) && signal_pending(current)))
		schedule();
	set_current_state(TASK_RUNNING);
	del_timer(&s.timer);
	now = ktime_get();
	return now >= deadline ? 0 : deadline - now;
}

/* Sleep until deadline: 0, or -ERESTARTSYS if a signal comes first. */
long sleep_until_ns(u64 deadline)
{
	while (schedule_timeout_ns(deadline, TASK_INTERRUPTIBLE)) {
		if (signal_pending(current))
			return -ERESTARTSYS;
	}
	return 0;
}

/* ---- jiffies-based sleeps for modules (HZ as Debian's kernel) ---- */

#define NSEC_PER_JIFFY		(NSEC_PER_SEC / HZ)
#define MAX_SCHEDULE_TIMEOUT	LONG_MAX

/* One sleep of up to timeout jiffies; any wake-up ends it. Jiffies left. */
static long schedule_timeout_state(long timeout, int state)
{
	u64 deadline;

	if (timeout == MAX_SCHEDULE_TIMEOUT) {
		schedule_timeout_ns(U64_MAX, state);
		return MAX_SCHEDULE_TIMEOUT;
	}
	deadline = ktime_get() + (u64)timeout * NSEC_PER_JIFFY;
	return DIV_ROUND_UP(schedule_timeout_ns(deadline, state),
			    NSEC_PER_JIFFY);
}

/* Sleep in the state the caller set, as Linux's: jiffies left. */
long schedule_timeout(long timeout)
{
	return schedule_timeout_state(timeout, READ_ONCE(current->__state));
}
EXPORT_SYMBOL(schedule_timeout);

long schedule_timeout_interruptible(long timeout)
{
	return schedule_timeout_state(timeout, TASK_INTERRUPTIBLE);
}
EXPORT_SYMBOL(schedule_timeout_interruptible);

long schedule_timeout_uninterruptible(long timeout)
{
	return schedule_timeout_state(timeout, TASK_UNINTERRUPTIBLE);
}
EXPORT_SYMBOL(schedule_timeout_uninterruptible);

/* Linux sleeps whole jiffies, one more than asked, so at least msecs. */
static long msecs_to_sleep_jiffies(unsigned int msecs)
{
	return DIV_ROUND_UP((unsigned long)msecs * HZ, MSEC_PER_SEC) + 1;
}

void msleep(unsigned int msecs)
{
	long timeout = msecs_to_sleep_jiffies(msecs);

	while (timeout)
		timeout = schedule_timeout_uninterruptible(timeout);
}
EXPORT_SYMBOL(msleep);

/* Returns the milliseconds left when a signal cut it short. */
unsigned long msleep_interruptible(unsigned int msecs)
{
	long timeout = msecs_to_sleep_jiffies(msecs);

	while (timeout && !signal_pending(current))
		timeout = schedule_timeout_interruptible(timeout);
	return timeout * (MSEC_PER_SEC / HZ);
}
EXPORT_SYMBOL(msleep_interruptible);

/* usleep_range(): at least min microseconds, whatever wakes us. */
void usleep_range_state(unsigned long min, unsigned long max,
			unsigned int state)
{
	u64 deadline = ktime_get() + (u64)min * NSEC_PER_USEC;

	while (schedule_timeout_ns(deadline, state))
		;
}
EXPORT_SYMBOL(usleep_range_state);
