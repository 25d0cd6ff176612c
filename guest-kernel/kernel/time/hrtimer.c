// SPDX-License-Identifier: GPL-2.0
/*
 * High resolution timers, as Linux's kernel/time/hrtimer.c runs them on
 * one CPU in high resolution mode: a queue per clock (monotonic, real,
 * boottime, TAI), each twice (hard: callbacks in the timer interrupt;
 * soft: in the HRTIMER softirq). The clock event device is programmed
 * for the earliest hard expiry or the soft one; its interrupt runs
 * hrtimer_interrupt(), which runs what has expired, base by base.
 * A timer with a range (slack) may run anywhere from its soft expiry,
 * if another interrupt comes, to its hard expiry, when one is due.
 * Also here: sleeping on an hrtimer (nanosleep(), schedule_hrtimeout()).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/clockchips.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/hrtimer.h>
#include <linux/interrupt.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/syscalls.h>
#include <linux/tick.h>
#include <linux/timekeeping.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <asm/irqflags.h>

#define HRTIMER_ACTIVE_HARD	((1U << HRTIMER_BASE_MONOTONIC_SOFT) - 1)
#define HRTIMER_ACTIVE_SOFT	(HRTIMER_ACTIVE_HARD << HRTIMER_BASE_MONOTONIC_SOFT)

abi_check_field(hrtimer, base);
abi_check_size(hrtimer);
abi_check_field(hrtimer_clock_base, get_time);

static struct hrtimer_cpu_base hrtimer_bases = {
	.clock_base = {
		{ .index = HRTIMER_BASE_MONOTONIC, .clockid = CLOCK_MONOTONIC, .get_time = &ktime_get },
		{ .index = HRTIMER_BASE_REALTIME, .clockid = CLOCK_REALTIME, .get_time = &ktime_get_real },
		{ .index = HRTIMER_BASE_BOOTTIME, .clockid = CLOCK_BOOTTIME, .get_time = &ktime_get_boottime },
		{ .index = HRTIMER_BASE_TAI, .clockid = CLOCK_TAI, .get_time = &ktime_get_clocktai },
		{ .index = HRTIMER_BASE_MONOTONIC_SOFT, .clockid = CLOCK_MONOTONIC, .get_time = &ktime_get },
		{ .index = HRTIMER_BASE_REALTIME_SOFT, .clockid = CLOCK_REALTIME, .get_time = &ktime_get_real },
		{ .index = HRTIMER_BASE_BOOTTIME_SOFT, .clockid = CLOCK_BOOTTIME, .get_time = &ktime_get_boottime },
		{ .index = HRTIMER_BASE_TAI_SOFT, .clockid = CLOCK_TAI, .get_time = &ktime_get_clocktai },
	},
};

/* Each base's offset from the monotonic clock (Linux's hrtimer_update_base()); the monotonic time. */
static ktime_t hrtimer_update_base(struct hrtimer_cpu_base *cpu_base)
{
	ktime_t now = ktime_get(), real = timekeeping_real_offset();
	int i;

	for (i = 0; i < HRTIMER_MAX_CLOCK_BASES; i++) {
		struct hrtimer_clock_base *base = &cpu_base->clock_base[i];

		base->offset = (base->clockid == CLOCK_REALTIME || base->clockid == CLOCK_TAI) ? real : 0;
	}
	return now;
}

static int hrtimer_clockid_to_base(clockid_t clock_id)
{
	switch (clock_id) {
	case CLOCK_REALTIME:
		return HRTIMER_BASE_REALTIME;
	case CLOCK_MONOTONIC:
		return HRTIMER_BASE_MONOTONIC;
	case CLOCK_BOOTTIME:
		return HRTIMER_BASE_BOOTTIME;
	case CLOCK_TAI:
		return HRTIMER_BASE_TAI;
	default:
		WARN(1, "Invalid clockid %d. Using MONOTONIC\n", clock_id);
		return HRTIMER_BASE_MONOTONIC;
	}
}

static void __hrtimer_init(struct hrtimer *timer, clockid_t clock_id, enum hrtimer_mode mode)
{
	bool softtimer = !!(mode & HRTIMER_MODE_SOFT);
	int base = softtimer ? HRTIMER_MAX_CLOCK_BASES / 2 : 0;

	memset(timer, 0, sizeof(struct hrtimer));
	/* A relative CLOCK_REALTIME timer is a monotonic one, as POSIX wants. */
	if (clock_id == CLOCK_REALTIME && (mode & HRTIMER_MODE_REL))
		clock_id = CLOCK_MONOTONIC;
	base += hrtimer_clockid_to_base(clock_id);
	timer->is_soft = softtimer;
	timer->is_hard = !!(mode & HRTIMER_MODE_HARD);
	timer->base = &hrtimer_bases.clock_base[base];
	timerqueue_init(&timer->node);
}

void hrtimer_init(struct hrtimer *timer, clockid_t clock_id, enum hrtimer_mode mode)
{
	__hrtimer_init(timer, clock_id, mode);
}
EXPORT_SYMBOL_GPL(hrtimer_init);

bool hrtimer_active(const struct hrtimer *timer)
{
	return timer->state != HRTIMER_STATE_INACTIVE || timer->base->running == timer;
}
EXPORT_SYMBOL_GPL(hrtimer_active);

/* The earliest expiry (monotonic) of the bases in active. */
static ktime_t __hrtimer_next_event_base(struct hrtimer_cpu_base *cpu_base,
					 const struct hrtimer *exclude,
					 unsigned int active, ktime_t expires_next)
{
	unsigned int i;

	for (i = 0; i < HRTIMER_MAX_CLOCK_BASES; i++) {
		struct hrtimer_clock_base *base = &cpu_base->clock_base[i];
		struct timerqueue_node *next;
		ktime_t expires;

		if (!(active & (1U << i)))
			continue;
		for (next = timerqueue_getnext(&base->active); next; next = timerqueue_iterate_next(next)) {
			struct hrtimer *timer = container_of(next, struct hrtimer, node);

			if (timer == exclude)
				continue;
			expires = timer->node.expires - base->offset;
			if (expires < expires_next) {
				expires_next = expires;
				if (timer->is_soft)
					cpu_base->softirq_expires_next = expires;
			}
			break;
		}
	}
	return expires_next < 0 ? 0 : expires_next;
}

/* The next hard expiry, or the soft one if sooner and the softirq is not already raised. */
static ktime_t hrtimer_update_next_event(struct hrtimer_cpu_base *cpu_base)
{
	ktime_t expires_next, soft = KTIME_MAX;

	if (!cpu_base->softirq_activated) {
		cpu_base->softirq_expires_next = KTIME_MAX;
		soft = __hrtimer_next_event_base(cpu_base, NULL, HRTIMER_ACTIVE_SOFT, KTIME_MAX);
		cpu_base->softirq_expires_next = soft;
	}
	expires_next = __hrtimer_next_event_base(cpu_base, NULL, HRTIMER_ACTIVE_HARD, KTIME_MAX);
	if (soft < expires_next)
		expires_next = soft;
	return expires_next;
}

static void hrtimer_force_reprogram(struct hrtimer_cpu_base *cpu_base)
{
	ktime_t expires_next = hrtimer_update_next_event(cpu_base);

	cpu_base->expires_next = expires_next;
	if (!cpu_base->in_hrtirq)
		tick_program_event(expires_next, 1);
}

/* A timer went to the front of its queue: reprogram if it is now the earliest event. */
static void hrtimer_reprogram(struct hrtimer *timer)
{
	struct hrtimer_cpu_base *cpu_base = timer->base->cpu_base;
	ktime_t expires = hrtimer_get_expires(timer) - timer->base->offset;

	if (expires < 0)
		expires = 0;
	if (timer->is_soft) {
		if (cpu_base->softirq_activated || expires >= cpu_base->softirq_expires_next)
			return;
		cpu_base->softirq_expires_next = expires;
	}
	if (expires >= cpu_base->expires_next || cpu_base->in_hrtirq)
		return;
	cpu_base->next_timer = timer;
	cpu_base->expires_next = expires;
	tick_program_event(expires, 1);
}

static bool enqueue_hrtimer(struct hrtimer *timer, struct hrtimer_clock_base *base)
{
	base->cpu_base->active_bases |= 1U << base->index;
	WRITE_ONCE(timer->state, HRTIMER_STATE_ENQUEUED);
	return timerqueue_add(&base->active, &timer->node);
}

static void __remove_hrtimer(struct hrtimer *timer, struct hrtimer_clock_base *base,
			     u8 newstate, bool reprogram)
{
	struct hrtimer_cpu_base *cpu_base = base->cpu_base;
	bool was_first = timerqueue_getnext(&base->active) == &timer->node;

	WRITE_ONCE(timer->state, newstate);
	if (!timerqueue_del(&base->active, &timer->node))
		cpu_base->active_bases &= ~(1U << base->index);
	if (reprogram && was_first &&
	    hrtimer_get_expires(timer) - base->offset == cpu_base->expires_next)
		hrtimer_force_reprogram(cpu_base);
}

static int remove_hrtimer(struct hrtimer *timer, struct hrtimer_clock_base *base, bool restart)
{
	if (!(timer->state & HRTIMER_STATE_ENQUEUED))
		return 0;
	__remove_hrtimer(timer, base, restart ? HRTIMER_STATE_ENQUEUED : HRTIMER_STATE_INACTIVE,
			 !restart);
	return 1;
}

void hrtimer_start_range_ns(struct hrtimer *timer, ktime_t tim, u64 delta_ns,
			    const enum hrtimer_mode mode)
{
	struct hrtimer_clock_base *base = timer->base;
	unsigned long flags;
	bool first;

	WARN_ON_ONCE(!(mode & HRTIMER_MODE_SOFT) ^ !timer->is_soft);
	local_irq_save(flags);
	hrtimer_update_base(base->cpu_base);
	remove_hrtimer(timer, base, true);
	if (mode & HRTIMER_MODE_REL)
		tim = ktime_add_safe(tim, base->get_time());
	hrtimer_set_expires_range_ns(timer, tim, delta_ns);
	first = enqueue_hrtimer(timer, base);
	if (first)
		hrtimer_reprogram(timer);
	local_irq_restore(flags);
}
EXPORT_SYMBOL_GPL(hrtimer_start_range_ns);

/* 1 if it was queued and is not now, 0 if it was not queued, -1 if its callback is running. */
int hrtimer_try_to_cancel(struct hrtimer *timer)
{
	struct hrtimer_clock_base *base = timer->base;
	unsigned long flags;
	int ret = -1;

	if (!hrtimer_active(timer))
		return 0;
	local_irq_save(flags);
	if (base->running != timer)
		ret = remove_hrtimer(timer, base, false);
	local_irq_restore(flags);
	return ret;
}
EXPORT_SYMBOL_GPL(hrtimer_try_to_cancel);

/*
 * Cancel and wait for the callback to finish. One CPU: the callback can
 * only be running if this is called from inside it (which would never
 * end, as on Linux) or from code it interrupted.
 */
int hrtimer_cancel(struct hrtimer *timer)
{
	int ret;

	do {
		ret = hrtimer_try_to_cancel(timer);
		if (ret < 0)
			cpu_relax();
	} while (ret < 0);
	return ret;
}
EXPORT_SYMBOL_GPL(hrtimer_cancel);

/* Move the expiry forward by whole intervals until it is after now; how many. */
u64 hrtimer_forward(struct hrtimer *timer, ktime_t now, ktime_t interval)
{
	u64 orun = 1;
	ktime_t delta;

	delta = now - hrtimer_get_expires(timer);
	if (delta < 0)
		return 0;
	if (WARN_ON(timer->state & HRTIMER_STATE_ENQUEUED))
		return 0;
	if (interval < 1)	/* hrtimer_resolution: 1 ns in high resolution mode */
		interval = 1;
	if (delta >= interval) {
		s64 incr = interval;

		orun = delta / incr;
		timer->node.expires = ktime_add_safe(timer->node.expires, incr * orun);
		timer->_softexpires = ktime_add_safe(timer->_softexpires, incr * orun);
		if (hrtimer_get_expires(timer) > now)
			return orun;
		orun++;
	}
	timer->node.expires = ktime_add_safe(timer->node.expires, interval);
	timer->_softexpires = ktime_add_safe(timer->_softexpires, interval);
	return orun;
}
EXPORT_SYMBOL_GPL(hrtimer_forward);

ktime_t __hrtimer_get_remaining(const struct hrtimer *timer, bool adjust)
{
	return hrtimer_get_expires(timer) - timer->base->get_time();
}
EXPORT_SYMBOL_GPL(__hrtimer_get_remaining);

static void __run_hrtimer(struct hrtimer_cpu_base *cpu_base, struct hrtimer_clock_base *base,
			  struct hrtimer *timer, unsigned long flags)
{
	enum hrtimer_restart (*fn)(struct hrtimer *);
	enum hrtimer_restart restart;

	base->running = timer;
	__remove_hrtimer(timer, base, HRTIMER_STATE_INACTIVE, false);
	fn = timer->function;
	local_irq_restore(flags);	/* hard timers: still off; soft: on */
	restart = fn(timer);
	local_irq_disable();
	if (restart != HRTIMER_NORESTART && !(timer->state & HRTIMER_STATE_ENQUEUED))
		enqueue_hrtimer(timer, base);
	base->running = NULL;
}

static void __hrtimer_run_queues(struct hrtimer_cpu_base *cpu_base, ktime_t now,
				 unsigned long flags, unsigned int active_mask)
{
	unsigned int active = cpu_base->active_bases & active_mask, i;

	for (i = 0; i < HRTIMER_MAX_CLOCK_BASES; i++) {
		struct hrtimer_clock_base *base = &cpu_base->clock_base[i];
		struct timerqueue_node *node;
		ktime_t basenow;

		if (!(active & (1U << i)))
			continue;
		basenow = now + base->offset;
		while ((node = timerqueue_getnext(&base->active))) {
			struct hrtimer *timer = container_of(node, struct hrtimer, node);

			if (basenow < hrtimer_get_softexpires(timer))
				break;
			__run_hrtimer(cpu_base, base, timer, flags);
		}
	}
}

static void hrtimer_run_softirq(struct softirq_action *h)
{
	struct hrtimer_cpu_base *cpu_base = &hrtimer_bases;
	unsigned long flags;
	ktime_t now;

	local_irq_save(flags);
	now = hrtimer_update_base(cpu_base);
	__hrtimer_run_queues(cpu_base, now, flags, HRTIMER_ACTIVE_SOFT);
	cpu_base->softirq_activated = 0;
	hrtimer_force_reprogram(cpu_base);
	local_irq_restore(flags);
}

/* The clock event device's interrupt: run the expired hard timers, reprogram. */
void hrtimer_interrupt(struct clock_event_device *dev)
{
	struct hrtimer_cpu_base *cpu_base = &hrtimer_bases;
	ktime_t expires_next, now;
	unsigned long flags;
	int retries = 0;

	cpu_base->nr_events++;
	dev->next_event = KTIME_MAX;
	local_irq_save(flags);
	now = hrtimer_update_base(cpu_base);
retry:
	cpu_base->in_hrtirq = 1;
	cpu_base->expires_next = KTIME_MAX;
	if (now >= cpu_base->softirq_expires_next) {
		cpu_base->softirq_expires_next = KTIME_MAX;
		cpu_base->softirq_activated = 1;
		raise_softirq_irqoff(HRTIMER_SOFTIRQ);
	}
	__hrtimer_run_queues(cpu_base, now, flags, HRTIMER_ACTIVE_HARD);
	expires_next = hrtimer_update_next_event(cpu_base);
	cpu_base->expires_next = expires_next;
	cpu_base->in_hrtirq = 0;
	if (!tick_program_event(expires_next, 0)) {
		local_irq_restore(flags);
		return;
	}
	/* The next one expired meanwhile: go round again, then force it. */
	now = hrtimer_update_base(cpu_base);
	if (++retries < 3)
		goto retry;
	tick_program_event(expires_next, 1);
	local_irq_restore(flags);
}

/* Without an interrupt (before the tick device, say): the next event, for NO_HZ. */
u64 hrtimer_get_next_event(void)
{
	return __hrtimer_next_event_base(&hrtimer_bases, NULL, HRTIMER_ACTIVE_HARD, KTIME_MAX);
}

u64 hrtimer_next_event_without(const struct hrtimer *exclude)
{
	return __hrtimer_next_event_base(&hrtimer_bases, exclude, HRTIMER_ACTIVE_HARD, KTIME_MAX);
}

void clock_was_set(void)
{
	unsigned long flags;

	local_irq_save(flags);
	hrtimer_update_base(&hrtimer_bases);
	hrtimer_force_reprogram(&hrtimer_bases);
	local_irq_restore(flags);
}

void __init hrtimers_init(void)
{
	struct hrtimer_cpu_base *cpu_base = &hrtimer_bases;
	int i;

	for (i = 0; i < HRTIMER_MAX_CLOCK_BASES; i++) {
		cpu_base->clock_base[i].cpu_base = cpu_base;
		timerqueue_init_head(&cpu_base->clock_base[i].active);
	}
	cpu_base->expires_next = KTIME_MAX;
	cpu_base->softirq_expires_next = KTIME_MAX;
	cpu_base->hres_active = 1;
	open_softirq(HRTIMER_SOFTIRQ, hrtimer_run_softirq);
}

/* ---- sleeping on an hrtimer ---- */

static enum hrtimer_restart hrtimer_wakeup(struct hrtimer *timer)
{
	struct hrtimer_sleeper *t = container_of(timer, struct hrtimer_sleeper, timer);
	struct task_struct *task = t->task;

	t->task = NULL;
	if (task)
		wake_up_process(task);
	return HRTIMER_NORESTART;
}

void hrtimer_init_sleeper(struct hrtimer_sleeper *sl, clockid_t clock_id, enum hrtimer_mode mode)
{
	__hrtimer_init(&sl->timer, clock_id, mode);
	sl->timer.function = hrtimer_wakeup;
	sl->task = current;
}
EXPORT_SYMBOL_GPL(hrtimer_init_sleeper);

void hrtimer_sleeper_start_expires(struct hrtimer_sleeper *sl, enum hrtimer_mode mode)
{
	hrtimer_start_expires(&sl->timer, mode);
}
EXPORT_SYMBOL_GPL(hrtimer_sleeper_start_expires);

/*
 * Sleep (in the state the caller set) until expires, or until woken:
 * 0 when the time came, -EINTR when something else woke us. expires
 * NULL: no timeout.
 */
static int schedule_hrtimeout_range_clock(ktime_t *expires, u64 delta,
					  const enum hrtimer_mode mode, clockid_t clock_id)
{
	struct hrtimer_sleeper t;

	if (expires && *expires == 0) {
		set_current_state(TASK_RUNNING);
		return 0;
	}
	if (!expires) {
		schedule();
		return -EINTR;
	}
	hrtimer_init_sleeper(&t, clock_id, mode);
	hrtimer_set_expires_range_ns(&t.timer, *expires, delta);
	hrtimer_sleeper_start_expires(&t, mode);
	if (likely(t.task))
		schedule();
	hrtimer_cancel(&t.timer);
	set_current_state(TASK_RUNNING);
	return !t.task ? 0 : -EINTR;
}

int schedule_hrtimeout_range(ktime_t *expires, u64 delta, const enum hrtimer_mode mode)
{
	return schedule_hrtimeout_range_clock(expires, delta, mode, CLOCK_MONOTONIC);
}
EXPORT_SYMBOL_GPL(schedule_hrtimeout_range);

int schedule_hrtimeout(ktime_t *expires, const enum hrtimer_mode mode)
{
	return schedule_hrtimeout_range(expires, 0, mode);
}
EXPORT_SYMBOL_GPL(schedule_hrtimeout);

/*
 * kobox's own sleeps with a monotonic deadline (U64_MAX: none), in the
 * state the caller set before it last checked its condition, as for
 * Linux's schedule_timeout(): a wake-up after that check finds the task
 * running again, and the sleep ends at once instead of being lost. Any
 * wake-up ends it; callers check their condition and loop. An
 * interruptible sleep does not start with a signal pending. Returns
 * the time left (0 once the deadline has passed).
 */
u64 schedule_timeout_ns(u64 deadline)
{
	ktime_t expires = deadline == U64_MAX ? KTIME_MAX : (ktime_t)min(deadline, (u64)KTIME_MAX);
	u64 now;

	if ((u64)ktime_get() < deadline &&
	    !((READ_ONCE(current->__state) & TASK_INTERRUPTIBLE) && signal_pending(current)))
		schedule_hrtimeout_range(expires == KTIME_MAX ? NULL : &expires, 0, HRTIMER_MODE_ABS);
	__set_current_state(TASK_RUNNING);
	now = ktime_get();
	return now >= deadline ? 0 : deadline - now;
}

/* Sleep until deadline: 0, or -ERESTARTSYS if a signal comes first. */
long sleep_until_ns(u64 deadline)
{
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (!schedule_timeout_ns(deadline))
			return 0;
		if (signal_pending(current))
			return -ERESTARTSYS;
	}
}

/* ---- nanosleep() and clock_nanosleep() ---- */

static int do_nanosleep(struct hrtimer_sleeper *t, enum hrtimer_mode mode)
{
	do {
		set_current_state(TASK_INTERRUPTIBLE);
		hrtimer_sleeper_start_expires(t, mode);
		if (likely(t->task))
			schedule();
		hrtimer_cancel(&t->timer);
		mode = HRTIMER_MODE_ABS;
	} while (t->task && !signal_pending(current));
	set_current_state(TASK_RUNNING);
	return t->task ? -ERESTARTNOHAND : 0;
}

/*
 * Relative sleeps report the time left when a handled signal interrupts
 * them (-EINTR); a signal with no handler restarts the call (with the
 * full duration again: no restart block here). The sleep ends up to the
 * task's timer slack (50 us) after the time asked, as on Linux.
 */
static long hrtimer_nanosleep(clockid_t clock, int flags,
			      const struct __kernel_timespec __user *rqtp,
			      struct __kernel_timespec __user *rmtp)
{
	enum hrtimer_mode mode = (flags & TIMER_ABSTIME) ? HRTIMER_MODE_ABS : HRTIMER_MODE_REL;
	struct hrtimer_sleeper t;
	struct timespec64 ts;
	long ret;

	if (get_timespec64(&ts, rqtp))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	hrtimer_init_sleeper(&t, clock, mode);
	hrtimer_set_expires_range_ns(&t.timer, timespec64_to_ns(&ts), current->timer_slack_ns);
	ret = do_nanosleep(&t, mode);
	if (ret && rmtp && mode == HRTIMER_MODE_REL) {
		ktime_t rem = __hrtimer_get_remaining(&t.timer, false);
		struct timespec64 left = ns_to_timespec64(rem > 0 ? rem : 0);

		if (rem <= 0)
			return 0;
		if (put_timespec64(&left, rmtp))
			return -EFAULT;
	}
	return ret;
}

SYSCALL_DEFINE2(nanosleep, struct __kernel_timespec __user *, rqtp,
		struct __kernel_timespec __user *, rmtp)
{
	return hrtimer_nanosleep(CLOCK_MONOTONIC, 0, rqtp, rmtp);
}

SYSCALL_DEFINE4(clock_nanosleep, clockid_t, which_clock, int, flags,
		const struct __kernel_timespec __user *, rqtp,
		struct __kernel_timespec __user *, rmtp)
{
	switch (which_clock) {
	case CLOCK_REALTIME:
	case CLOCK_MONOTONIC:
	case CLOCK_BOOTTIME:
	case CLOCK_TAI:
		break;
	default:
		return -EINVAL;
	}
	return hrtimer_nanosleep(which_clock, flags, rqtp, rmtp);
}

#ifdef CONFIG_COMPAT_32BIT_TIME
/*
 * 32-bit time_t programs (armhf): struct old_timespec32, through the
 * same sleep on kernel timespecs.
 */
static long hrtimer_nanosleep_ts(clockid_t clock, int flags,
				 const struct timespec64 *ts, struct timespec64 *left)
{
	enum hrtimer_mode mode = (flags & TIMER_ABSTIME) ? HRTIMER_MODE_ABS : HRTIMER_MODE_REL;
	struct hrtimer_sleeper t;
	long ret;

	left->tv_sec = -1;	/* nothing left to report */
	if (ts->tv_sec < 0 || ts->tv_nsec < 0 || ts->tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	hrtimer_init_sleeper(&t, clock, mode);
	hrtimer_set_expires_range_ns(&t.timer, timespec64_to_ns(ts), current->timer_slack_ns);
	ret = do_nanosleep(&t, mode);
	if (ret && mode == HRTIMER_MODE_REL) {
		ktime_t rem = __hrtimer_get_remaining(&t.timer, false);

		if (rem <= 0)
			return 0;
		*left = ns_to_timespec64(rem);
	}
	return ret;
}

static bool nanosleep_clock_ok(clockid_t which_clock)
{
	switch (which_clock) {
	case CLOCK_REALTIME:
	case CLOCK_MONOTONIC:
	case CLOCK_BOOTTIME:
	case CLOCK_TAI:
		return true;
	default:
		return false;
	}
}

static long nanosleep_time32(clockid_t clock, int flags,
			     const struct old_timespec32 __user *rqtp,
			     struct old_timespec32 __user *rmtp)
{
	struct timespec64 ts, left;
	long ret;

	if (get_old_timespec32(&ts, rqtp))
		return -EFAULT;
	ret = hrtimer_nanosleep_ts(clock, flags, &ts, &left);
	if (ret && rmtp && left.tv_sec >= 0 && put_old_timespec32(&left, rmtp))
		return -EFAULT;
	return ret;
}

SYSCALL_DEFINE2(nanosleep_time32, struct old_timespec32 __user *, rqtp,
		struct old_timespec32 __user *, rmtp)
{
	return nanosleep_time32(CLOCK_MONOTONIC, 0, rqtp, rmtp);
}

SYSCALL_DEFINE4(clock_nanosleep_time32, clockid_t, which_clock, int, flags,
		struct old_timespec32 __user *, rqtp,
		struct old_timespec32 __user *, rmtp)
{
	if (!nanosleep_clock_ok(which_clock))
		return -EINVAL;
	return nanosleep_time32(which_clock, flags, rqtp, rmtp);
}
#endif
