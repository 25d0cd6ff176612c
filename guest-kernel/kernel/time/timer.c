// SPDX-License-Identifier: GPL-2.0
/*
 * The timer wheel, as Linux's kernel/time/timer.c: timer_list timers
 * expire in the TIMER softirq once jiffies reach their bucket. Nine
 * levels of 64 buckets; level n holds timers 63 << 3(n-1) or more
 * jiffies away in buckets 8^n jiffies wide, and a timer's expiry is
 * rounded up to its bucket (it never fires early, and far ones fire a
 * little late, by Linux's very arithmetic). Deferrable timers have a
 * base of their own that does not wake an idle CPU.
 *
 * Also here: the tick's per-task work (update_process_times()) and the
 * jiffies sleeps (schedule_timeout(), msleep(), usleep_range()).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/hrtimer.h>
#include <linux/interrupt.h>
#include <linux/kernel_stat.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/timer.h>
#include <linux/timekeeping.h>
#include <asm/irqflags.h>

#define LVL_CLK_SHIFT	3
#define LVL_CLK_DIV	(1UL << LVL_CLK_SHIFT)
#define LVL_CLK_MASK	(LVL_CLK_DIV - 1)
#define LVL_SHIFT(n)	((n) * LVL_CLK_SHIFT)
#define LVL_GRAN(n)	(1UL << LVL_SHIFT(n))
#define LVL_START(n)	((LVL_SIZE - 1) << (((n) - 1) * LVL_CLK_SHIFT))
#define LVL_BITS	6
#define LVL_SIZE	(1UL << LVL_BITS)
#define LVL_MASK	(LVL_SIZE - 1)
#define LVL_OFFS(n)	((n) * LVL_SIZE)
#define LVL_DEPTH	9	/* HZ > 100 */
#define WHEEL_TIMEOUT_CUTOFF	(LVL_START(LVL_DEPTH))
#define WHEEL_TIMEOUT_MAX	(WHEEL_TIMEOUT_CUTOFF - LVL_GRAN(LVL_DEPTH - 1))
#define WHEEL_SIZE	(LVL_SIZE * LVL_DEPTH)
#define NEXT_TIMER_MAX_DELTA	((1UL << 30) - 1)

#define BASE_STD	0
#define BASE_DEF	1
#define NR_BASES	2

struct timer_base {
	struct timer_list	*running_timer;
	unsigned long		clk;
	unsigned long		next_expiry;
	bool			next_expiry_recalc;
	bool			is_idle;
	bool			timers_pending;
	unsigned long		pending_map[WHEEL_SIZE / BITS_PER_LONG];
	struct hlist_head	vectors[WHEEL_SIZE];
};

static struct timer_base timer_bases[NR_BASES];

EXPORT_SYMBOL(jiffies_64);
EXPORT_SYMBOL(jiffies);

static void set_bit_in(unsigned long *map, unsigned int nr)
{
	map[nr / BITS_PER_LONG] |= 1UL << (nr % BITS_PER_LONG);
}

static void clear_bit_in(unsigned long *map, unsigned int nr)
{
	map[nr / BITS_PER_LONG] &= ~(1UL << (nr % BITS_PER_LONG));
}

static bool test_and_clear_bit_in(unsigned long *map, unsigned int nr)
{
	bool set = map[nr / BITS_PER_LONG] & (1UL << (nr % BITS_PER_LONG));

	clear_bit_in(map, nr);
	return set;
}

/* The first set bit in [start, end), or end. */
static unsigned int find_next_bit_in(const unsigned long *map, unsigned int end, unsigned int start)
{
	for (; start < end; start++)
		if (map[start / BITS_PER_LONG] & (1UL << (start % BITS_PER_LONG)))
			return start;
	return end;
}

static unsigned int timer_get_idx(struct timer_list *timer)
{
	return (timer->flags & TIMER_ARRAYMASK) >> TIMER_ARRAYSHIFT;
}

static void timer_set_idx(struct timer_list *timer, unsigned int idx)
{
	timer->flags = (timer->flags & ~TIMER_ARRAYMASK) | idx << TIMER_ARRAYSHIFT;
}

/* Round up to the level's granularity: a timer never fires early. */
static unsigned int calc_index(unsigned long expires, unsigned int lvl,
			       unsigned long *bucket_expiry)
{
	expires = (expires >> LVL_SHIFT(lvl)) + 1;
	*bucket_expiry = expires << LVL_SHIFT(lvl);
	return LVL_OFFS(lvl) + (expires & LVL_MASK);
}

static int calc_wheel_index(unsigned long expires, unsigned long clk,
			    unsigned long *bucket_expiry)
{
	unsigned long delta = expires - clk;
	unsigned int lvl;

	if ((long)delta < 0) {
		*bucket_expiry = clk;
		return clk & LVL_MASK;
	}
	for (lvl = 0; lvl < LVL_DEPTH - 1; lvl++)
		if (delta < LVL_START(lvl + 1))
			return calc_index(expires, lvl, bucket_expiry);
	if (delta >= WHEEL_TIMEOUT_CUTOFF)
		expires = clk + WHEEL_TIMEOUT_MAX;
	return calc_index(expires, LVL_DEPTH - 1, bucket_expiry);
}

static void enqueue_timer(struct timer_base *base, struct timer_list *timer,
			  unsigned int idx, unsigned long bucket_expiry)
{
	hlist_add_head(&timer->entry, base->vectors + idx);
	set_bit_in(base->pending_map, idx);
	timer_set_idx(timer, idx);
	if (time_before(bucket_expiry, base->next_expiry)) {
		base->next_expiry = bucket_expiry;
		base->timers_pending = true;
		base->next_expiry_recalc = false;
	}
}

static void internal_add_timer(struct timer_base *base, struct timer_list *timer)
{
	unsigned long bucket_expiry;
	unsigned int idx = calc_wheel_index(timer->expires, base->clk, &bucket_expiry);

	enqueue_timer(base, timer, idx, bucket_expiry);
}

void init_timer_key(struct timer_list *timer, void (*func)(struct timer_list *),
		    unsigned int flags, const char *name, struct lock_class_key *key)
{
	timer->entry.pprev = NULL;
	timer->function = func;
	if (WARN_ON_ONCE(flags & ~TIMER_INIT_FLAGS))
		flags &= TIMER_INIT_FLAGS;
	timer->flags = flags;	/* CPU 0 */
}
EXPORT_SYMBOL(init_timer_key);

static void detach_timer(struct timer_list *timer, bool clear_pending)
{
	struct hlist_node *entry = &timer->entry;

	__hlist_del(entry);
	if (clear_pending)
		entry->pprev = NULL;
	entry->next = (struct hlist_node *)0x122;	/* LIST_POISON2 */
}

static int detach_if_pending(struct timer_list *timer, struct timer_base *base, bool clear_pending)
{
	unsigned int idx = timer_get_idx(timer);

	if (!timer_pending(timer))
		return 0;
	if (hlist_is_singular_node(&timer->entry, base->vectors + idx)) {
		clear_bit_in(base->pending_map, idx);
		base->next_expiry_recalc = true;
	}
	detach_timer(timer, clear_pending);
	return 1;
}

static struct timer_base *get_timer_base(u32 tflags)
{
	return &timer_bases[(tflags & TIMER_DEFERRABLE) ? BASE_DEF : BASE_STD];
}

/* Bring a base's clock up to jiffies (it lags while the tick is stopped). */
static void forward_timer_base(struct timer_base *base)
{
	unsigned long jnow = READ_ONCE(jiffies);

	if ((long)(jnow - base->clk) < 1)
		return;
	if (time_after(base->next_expiry, jnow)) {
		base->clk = jnow;
	} else {
		if (WARN_ON_ONCE(time_before(base->next_expiry, base->clk)))
			return;
		base->clk = base->next_expiry;
	}
}

#define MOD_TIMER_PENDING_ONLY	0x01
#define MOD_TIMER_REDUCE	0x02
#define MOD_TIMER_NOTPENDING	0x04

static int __mod_timer(struct timer_list *timer, unsigned long expires, unsigned int options)
{
	unsigned long clk = 0, flags, bucket_expiry;
	struct timer_base *base;
	unsigned int idx = UINT_MAX;
	int ret = 0;

	BUG_ON(!timer->function);
	if (!(options & MOD_TIMER_NOTPENDING) && timer_pending(timer)) {
		long diff = timer->expires - expires;

		if (!diff)
			return 1;
		if (options & MOD_TIMER_REDUCE && diff <= 0)
			return 1;
		local_irq_save(flags);
		base = get_timer_base(timer->flags);
		forward_timer_base(base);
		if (timer_pending(timer) && (options & MOD_TIMER_REDUCE) &&
		    time_before_eq(timer->expires, expires)) {
			ret = 1;
			goto out_unlock;
		}
		clk = base->clk;
		idx = calc_wheel_index(expires, clk, &bucket_expiry);
		/* Same bucket: only the expiry changes. */
		if (idx == timer_get_idx(timer)) {
			if (!(options & MOD_TIMER_REDUCE))
				timer->expires = expires;
			else if (time_after(timer->expires, expires))
				timer->expires = expires;
			ret = 1;
			goto out_unlock;
		}
	} else {
		local_irq_save(flags);
		base = get_timer_base(timer->flags);
		forward_timer_base(base);
	}
	ret = detach_if_pending(timer, base, false);
	if (!ret && (options & MOD_TIMER_PENDING_ONLY))
		goto out_unlock;
	timer->expires = expires;
	if (idx != UINT_MAX && clk == base->clk)
		enqueue_timer(base, timer, idx, bucket_expiry);
	else
		internal_add_timer(base, timer);
out_unlock:
	local_irq_restore(flags);
	return ret;
}

int mod_timer_pending(struct timer_list *timer, unsigned long expires)
{
	return __mod_timer(timer, expires, MOD_TIMER_PENDING_ONLY);
}
EXPORT_SYMBOL(mod_timer_pending);

int mod_timer(struct timer_list *timer, unsigned long expires)
{
	return __mod_timer(timer, expires, 0);
}
EXPORT_SYMBOL(mod_timer);

int timer_reduce(struct timer_list *timer, unsigned long expires)
{
	return __mod_timer(timer, expires, MOD_TIMER_REDUCE);
}
EXPORT_SYMBOL(timer_reduce);

void add_timer(struct timer_list *timer)
{
	BUG_ON(timer_pending(timer));
	__mod_timer(timer, timer->expires, MOD_TIMER_NOTPENDING);
}
EXPORT_SYMBOL(add_timer);

void add_timer_on(struct timer_list *timer, int cpu)
{
	BUG_ON(timer_pending(timer) || !timer->function);
	add_timer(timer);
}
EXPORT_SYMBOL_GPL(add_timer_on);

int timer_delete(struct timer_list *timer)
{
	unsigned long flags;
	int ret = 0;

	if (timer_pending(timer)) {
		local_irq_save(flags);
		ret = detach_if_pending(timer, get_timer_base(timer->flags), true);
		local_irq_restore(flags);
	}
	return ret;
}
EXPORT_SYMBOL(timer_delete);

int try_to_del_timer_sync(struct timer_list *timer)
{
	struct timer_base *base = get_timer_base(timer->flags);
	unsigned long flags;
	int ret = -1;

	local_irq_save(flags);
	if (base->running_timer != timer)
		ret = detach_if_pending(timer, base, true);
	local_irq_restore(flags);
	return ret;
}
EXPORT_SYMBOL(try_to_del_timer_sync);

/*
 * Deactivate and wait for a running callback. One CPU: it can only be
 * running if we interrupted it (hard interrupt context, warned about as
 * on Linux) or are inside it (which never ends, as on Linux).
 */
int timer_delete_sync(struct timer_list *timer)
{
	int ret;

	WARN_ON(in_irq() && !(timer->flags & TIMER_IRQSAFE));
	do {
		ret = try_to_del_timer_sync(timer);
		if (unlikely(ret < 0))
			cpu_relax();
	} while (ret < 0);
	return ret;
}
EXPORT_SYMBOL(timer_delete_sync);

static void call_timer_fn(struct timer_list *timer, void (*fn)(struct timer_list *))
{
	int count = preempt_count();

	fn(timer);
	if (count != preempt_count()) {
		WARN_ONCE(1, "timer: %pS preempt leak: %08x -> %08x\n", fn, count, preempt_count());
		preempt_count_set(count);
	}
}

static void expire_timers(struct timer_base *base, struct hlist_head *head)
{
	while (!hlist_empty(head)) {
		struct timer_list *timer = hlist_entry(head->first, struct timer_list, entry);
		void (*fn)(struct timer_list *);

		base->running_timer = timer;
		detach_timer(timer, true);
		fn = timer->function;
		if (timer->flags & TIMER_IRQSAFE) {
			call_timer_fn(timer, fn);
		} else {
			local_irq_enable();
			call_timer_fn(timer, fn);
			local_irq_disable();
		}
		base->running_timer = NULL;
	}
}

static int collect_expired_timers(struct timer_base *base, struct hlist_head *heads)
{
	unsigned long clk = base->clk = base->next_expiry;
	int i, levels = 0;
	unsigned int idx;

	for (i = 0; i < LVL_DEPTH; i++) {
		idx = (clk & LVL_MASK) + i * LVL_SIZE;
		if (test_and_clear_bit_in(base->pending_map, idx)) {
			hlist_move_list(base->vectors + idx, heads++);
			levels++;
		}
		if (clk & LVL_CLK_MASK)
			break;
		clk >>= LVL_CLK_SHIFT;
	}
	return levels;
}

static int next_pending_bucket(struct timer_base *base, unsigned int offset, unsigned int clk)
{
	unsigned int pos, start = offset + clk, end = offset + LVL_SIZE;

	pos = find_next_bit_in(base->pending_map, end, start);
	if (pos < end)
		return pos - start;
	pos = find_next_bit_in(base->pending_map, start, offset);
	return pos < start ? pos + LVL_SIZE - start : -1;
}

/* The first jiffy a pending timer's bucket expires. */
static unsigned long __next_timer_interrupt(struct timer_base *base)
{
	unsigned long clk, next, adj;
	unsigned int lvl, offset = 0;

	next = base->clk + NEXT_TIMER_MAX_DELTA;
	clk = base->clk;
	for (lvl = 0; lvl < LVL_DEPTH; lvl++, offset += LVL_SIZE) {
		int pos = next_pending_bucket(base, offset, clk & LVL_MASK);
		unsigned long lvl_clk = clk & LVL_CLK_MASK;

		if (pos >= 0) {
			unsigned long tmp = clk + (unsigned long)pos;

			tmp <<= LVL_SHIFT(lvl);
			if (time_before(tmp, next))
				next = tmp;
			if (pos <= ((LVL_CLK_DIV - lvl_clk) & LVL_CLK_MASK))
				break;
		}
		adj = lvl_clk ? 1 : 0;
		clk >>= LVL_CLK_SHIFT;
		clk += adj;
	}
	base->next_expiry_recalc = false;
	base->timers_pending = !(next == base->clk + NEXT_TIMER_MAX_DELTA);
	return next;
}

/*
 * The monotonic time of the next pending (not deferrable) timer, on a
 * tick boundary, or KTIME_MAX: where NO_HZ idle moves the tick to.
 */
u64 get_next_timer_interrupt(unsigned long basej, u64 basem)
{
	struct timer_base *base = &timer_bases[BASE_STD];
	u64 expires = KTIME_MAX;
	unsigned long nextevt;

	if (base->next_expiry_recalc)
		base->next_expiry = __next_timer_interrupt(base);
	nextevt = base->next_expiry;
	if (time_after(basej, base->clk)) {
		if (time_after(nextevt, basej))
			base->clk = basej;
		else if (time_after(nextevt, base->clk))
			base->clk = nextevt;
	}
	if (time_before_eq(nextevt, basej)) {
		expires = basem;
		base->is_idle = false;
	} else {
		if (base->timers_pending)
			expires = basem + (u64)(nextevt - basej) * TICK_NSEC;
		if ((expires - basem) > TICK_NSEC)
			base->is_idle = true;
	}
	return expires;
}

void timer_clear_idle(void)
{
	timer_bases[BASE_STD].is_idle = false;
}

static void __run_timers(struct timer_base *base)
{
	struct hlist_head heads[LVL_DEPTH];
	int levels;

	if (time_before(jiffies, base->next_expiry))
		return;
	local_irq_disable();
	while (time_after_eq(jiffies, base->clk) && time_after_eq(jiffies, base->next_expiry)) {
		levels = collect_expired_timers(base, heads);
		base->clk++;
		base->next_expiry = __next_timer_interrupt(base);
		while (levels--)
			expire_timers(base, heads + levels);
	}
	local_irq_enable();
}

static void run_timer_softirq(struct softirq_action *h)
{
	__run_timers(&timer_bases[BASE_STD]);
	__run_timers(&timer_bases[BASE_DEF]);
}

/* The tick: is a timer due? Then the TIMER softirq runs the wheel. */
static void run_local_timers(void)
{
	if (time_before(jiffies, timer_bases[BASE_STD].next_expiry) &&
	    time_before(jiffies, timer_bases[BASE_DEF].next_expiry))
		return;
	raise_softirq(TIMER_SOFTIRQ);
}

/* The tick's work for the running task. */
void update_process_times(int user_tick)
{
	account_process_tick(current, user_tick);
	run_local_timers();
	rcu_sched_clock_irq(user_tick);
	scheduler_tick();
}

void __init init_timers(void)
{
	int b;

	for (b = 0; b < NR_BASES; b++) {
		timer_bases[b].clk = jiffies;
		timer_bases[b].next_expiry = timer_bases[b].clk + NEXT_TIMER_MAX_DELTA;
	}
	open_softirq(TIMER_SOFTIRQ, run_timer_softirq);
}

/* ---- rounding jiffies to whole seconds ---- */

static unsigned long round_jiffies_common(unsigned long j, int cpu, bool force_up)
{
	unsigned long original = j;
	int rem;

	j += cpu * 3;
	rem = j % HZ;
	if (rem < HZ / 4 && !force_up)
		j = j - rem;
	else
		j = j - rem + HZ;
	j -= cpu * 3;
	return time_is_after_jiffies(j) ? j : original;
}

unsigned long __round_jiffies(unsigned long j, int cpu)
{
	return round_jiffies_common(j, cpu, false);
}
EXPORT_SYMBOL_GPL(__round_jiffies);

unsigned long round_jiffies(unsigned long j)
{
	return round_jiffies_common(j, 0, false);
}
EXPORT_SYMBOL_GPL(round_jiffies);

unsigned long round_jiffies_relative(unsigned long j)
{
	unsigned long j0 = jiffies;

	return round_jiffies_common(j + j0, 0, false) - j0;
}
EXPORT_SYMBOL_GPL(round_jiffies_relative);

/* ---- sleeping for jiffies ---- */

struct process_timer {
	struct timer_list timer;
	struct task_struct *task;
};

static void process_timeout(struct timer_list *t)
{
	struct process_timer *timeout = from_timer(timeout, t, timer);

	wake_up_process(timeout->task);
}

/*
 * Sleep in the state the caller set until timeout jiffies have passed
 * or something wakes us; the jiffies left (0 once they have passed).
 */
long schedule_timeout(long timeout)
{
	struct process_timer timer;
	unsigned long expire;

	if (timeout == MAX_SCHEDULE_TIMEOUT) {
		schedule();
		return timeout;
	}
	if (timeout < 0) {
		printk(KERN_ERR "schedule_timeout: wrong timeout value %lx\n", timeout);
		dump_stack();
		set_current_state(TASK_RUNNING);
		return 0;
	}
	expire = timeout + jiffies;
	timer.task = current;
	timer_setup(&timer.timer, process_timeout, 0);
	__mod_timer(&timer.timer, expire, MOD_TIMER_NOTPENDING);
	schedule();
	del_timer_sync(&timer.timer);
	timeout = expire - jiffies;
	return timeout < 0 ? 0 : timeout;
}
EXPORT_SYMBOL(schedule_timeout);

long schedule_timeout_interruptible(long timeout)
{
	set_current_state(TASK_INTERRUPTIBLE);
	return schedule_timeout(timeout);
}
EXPORT_SYMBOL(schedule_timeout_interruptible);

long schedule_timeout_killable(long timeout)
{
	set_current_state(TASK_KILLABLE);
	return schedule_timeout(timeout);
}
EXPORT_SYMBOL(schedule_timeout_killable);

long schedule_timeout_uninterruptible(long timeout)
{
	set_current_state(TASK_UNINTERRUPTIBLE);
	return schedule_timeout(timeout);
}
EXPORT_SYMBOL(schedule_timeout_uninterruptible);

long schedule_timeout_idle(long timeout)
{
	set_current_state(TASK_IDLE);
	return schedule_timeout(timeout);
}
EXPORT_SYMBOL(schedule_timeout_idle);

/* Linux sleeps whole jiffies, one more than asked, so at least msecs. */
void msleep(unsigned int msecs)
{
	unsigned long timeout = msecs_to_jiffies(msecs) + 1;

	while (timeout)
		timeout = schedule_timeout_uninterruptible(timeout);
}
EXPORT_SYMBOL(msleep);

/* Returns the milliseconds left when a signal cut it short. */
unsigned long msleep_interruptible(unsigned int msecs)
{
	unsigned long timeout = msecs_to_jiffies(msecs) + 1;

	while (timeout && !signal_pending(current))
		timeout = schedule_timeout_interruptible(timeout);
	return jiffies_to_msecs(timeout);
}
EXPORT_SYMBOL(msleep_interruptible);

/* At least min microseconds, at most max, on an hrtimer with that range. */
void usleep_range_state(unsigned long min, unsigned long max, unsigned int state)
{
	ktime_t exp = ktime_add_us(ktime_get(), min);
	u64 delta = (u64)(max - min) * NSEC_PER_USEC;

	for (;;) {
		set_current_state(state);
		if (!schedule_hrtimeout_range(&exp, delta, HRTIMER_MODE_ABS))
			break;
	}
}
EXPORT_SYMBOL(usleep_range_state);
