// SPDX-License-Identifier: GPL-2.0
/*
 * The tick, as Linux runs it with high resolution timers and NO_HZ_IDLE:
 * the clock event device interrupts into hrtimer_interrupt(), and the
 * tick is an hrtimer (sched_timer) every TICK_NSEC (4 ms at HZ = 250),
 * aligned to multiples of it on the monotonic clock. Each tick advances
 * jiffies, charges the tick to the running task and runs the timer
 * wheel and the scheduler's tick (update_process_times()).
 *
 * When the CPU goes idle the tick stops: sched_timer is moved to the
 * next timer wheel expiry, or cancelled if there is none (Linux would
 * still wake within the clocksource's max_idle_ns; with 128-bit
 * arithmetic here nothing overflows, so an idle board with nothing to
 * wait for really waits, and the board can tell). jiffies catch up when
 * an interrupt arrives, and the tick restarts when idle ends.
 */
#include <linux/kernel.h>
#include <linux/kernel_stat.h>
#include <linux/interrupt.h>
#include <linux/init.h>
#include <linux/clockchips.h>
#include <linux/hrtimer.h>
#include <linux/jiffies.h>
#include <linux/sched.h>
#include <linux/sched/loadavg.h>
#include <linux/tick.h>
#include <linux/timekeeping.h>
#include <linux/timer.h>
#include <asm/irq.h>
#include <asm/irqflags.h>

struct tick_sched {
	struct hrtimer	sched_timer;
	ktime_t		last_tick;	/* sched_timer's expiry when the tick stopped */
	ktime_t		next_tick;	/* where it was moved to (0: ticking) */
	bool		inidle;
	bool		tick_stopped;
	bool		idle_active;
	ktime_t		idle_entrytime;
	ktime_t		idle_sleeptime;
	unsigned long	idle_jiffies;
};

static struct tick_sched tick_cpu_sched;
static struct clock_event_device *tick_dev;
static ktime_t last_jiffies_update;	/* when jiffies last moved, monotonic */
static ktime_t tick_next_period;

__visible u64 jiffies_64 __aligned(64) = INITIAL_JIFFIES;

u64 get_jiffies_64(void)
{
	return READ_ONCE(jiffies_64);
}

struct clock_event_device *tick_get_device(void)
{
	return tick_dev;
}

/* Catch jiffies up with the clock: one or more ticks have passed. */
void tick_do_update_jiffies64(ktime_t now)
{
	unsigned long ticks = 1;
	ktime_t delta;

	if (now < tick_next_period)
		return;
	delta = now - tick_next_period;
	if (delta >= TICK_NSEC) {
		ticks += delta / TICK_NSEC;
		last_jiffies_update += (s64)TICK_NSEC * ticks;
	} else {
		last_jiffies_update += TICK_NSEC;
	}
	jiffies_64 += ticks;
	tick_next_period = last_jiffies_update + TICK_NSEC;
	calc_global_load();
	update_wall_time();
}

static enum hrtimer_restart tick_sched_timer(struct hrtimer *timer)
{
	struct tick_sched *ts = &tick_cpu_sched;
	struct pt_regs *regs = get_irq_regs();
	ktime_t now = ktime_get();

	tick_do_update_jiffies64(now);
	if (regs) {
		if (ts->tick_stopped) {
			if (is_idle_task(current))
				ts->idle_jiffies++;
			ts->next_tick = 0;
		}
		update_process_times(user_mode(regs));
	}
	if (ts->tick_stopped)
		return HRTIMER_NORESTART;
	hrtimer_forward(timer, now, TICK_NSEC);
	return HRTIMER_RESTART;
}

/* The first clock event device becomes the tick's, in one-shot (high resolution) mode. */
void tick_setup_device(struct clock_event_device *dev)
{
	if (tick_dev)
		return;
	tick_dev = dev;
	dev->event_handler = hrtimer_interrupt;
	clockevents_switch_state(dev, CLOCK_EVT_STATE_ONESHOT);
}

int tick_program_event(ktime_t expires, int force)
{
	if (!tick_dev)
		return 0;
	return clockevents_program_event(tick_dev, expires, force);
}

/* Start ticking: jiffies count the ticks since power-on from INITIAL_JIFFIES. */
void __init tick_init(void)
{
	struct tick_sched *ts = &tick_cpu_sched;
	ktime_t now = ktime_get();

	last_jiffies_update = now - now % TICK_NSEC;
	tick_next_period = last_jiffies_update + TICK_NSEC;
	jiffies_64 = INITIAL_JIFFIES + now / TICK_NSEC;
	update_wall_time();
	hrtimer_init(&ts->sched_timer, CLOCK_MONOTONIC, HRTIMER_MODE_ABS_HARD);
	ts->sched_timer.function = tick_sched_timer;
	hrtimer_set_expires(&ts->sched_timer, last_jiffies_update);
	hrtimer_forward(&ts->sched_timer, now, TICK_NSEC);
	hrtimer_start_expires(&ts->sched_timer, HRTIMER_MODE_ABS_HARD);
}

bool tick_nohz_tick_stopped(void)
{
	return tick_cpu_sched.tick_stopped;
}

static void tick_nohz_start_idle(struct tick_sched *ts)
{
	ts->idle_entrytime = ktime_get();
	ts->idle_active = true;
}

static void tick_nohz_stop_idle(struct tick_sched *ts, ktime_t now)
{
	ts->idle_sleeptime += now - ts->idle_entrytime;
	ts->idle_entrytime = now;
	ts->idle_active = false;
}

/* Nanoseconds the CPU has spent idle (for /proc/stat and /proc/uptime). */
u64 get_cpu_idle_time_ns(void)
{
	struct tick_sched *ts = &tick_cpu_sched;
	ktime_t idle = ts->idle_sleeptime;

	if (ts->idle_active)
		idle += ktime_get() - ts->idle_entrytime;
	return idle;
}

void tick_nohz_idle_enter(void)
{
	struct tick_sched *ts = &tick_cpu_sched;

	local_irq_disable();
	ts->inidle = true;
	tick_nohz_start_idle(ts);
	local_irq_enable();
}

/* Called with interrupts off: stop the tick if nothing needs it before the next timer. */
void tick_nohz_idle_stop_tick(void)
{
	struct tick_sched *ts = &tick_cpu_sched;
	ktime_t basemono = last_jiffies_update, next_tick;
	unsigned long basejiff = jiffies;

	if (local_softirq_pending())
		return;
	next_tick = get_next_timer_interrupt(basejiff, basemono);
	if (next_tick - basemono <= TICK_NSEC) {
		timer_clear_idle();
		if (!ts->tick_stopped)
			return;
	}
	if (ts->tick_stopped && next_tick == ts->next_tick)
		return;
	if (!ts->tick_stopped) {
		ts->last_tick = hrtimer_get_expires(&ts->sched_timer);
		ts->tick_stopped = true;
		ts->idle_jiffies = basejiff;
	}
	ts->next_tick = next_tick;
	if (next_tick == KTIME_MAX)
		hrtimer_cancel(&ts->sched_timer);
	else
		hrtimer_start(&ts->sched_timer, next_tick, HRTIMER_MODE_ABS_PINNED_HARD);
}

static void tick_nohz_restart(struct tick_sched *ts, ktime_t now)
{
	hrtimer_cancel(&ts->sched_timer);
	hrtimer_set_expires(&ts->sched_timer, ts->last_tick);
	hrtimer_forward(&ts->sched_timer, now, TICK_NSEC);
	hrtimer_start_expires(&ts->sched_timer, HRTIMER_MODE_ABS_PINNED_HARD);
	ts->next_tick = 0;
}

void tick_nohz_idle_exit(void)
{
	struct tick_sched *ts = &tick_cpu_sched;
	ktime_t now;

	local_irq_disable();
	ts->inidle = false;
	now = ktime_get();
	if (ts->idle_active)
		tick_nohz_stop_idle(ts, now);
	if (ts->tick_stopped) {
		unsigned long ticks;

		tick_do_update_jiffies64(now);
		timer_clear_idle();
		ts->tick_stopped = false;
		tick_nohz_restart(ts, now);
		ticks = jiffies - ts->idle_jiffies;
		if (ticks && ticks < LONG_MAX)
			account_idle_ticks(ticks);
	}
	local_irq_enable();
}

/* An interrupt while idle: stop counting idle time, and bring jiffies up to date. */
void tick_irq_enter(void)
{
	struct tick_sched *ts = &tick_cpu_sched;
	ktime_t now;

	if (!ts->inidle || in_interrupt())
		return;
	now = ktime_get();
	if (ts->idle_active)
		tick_nohz_stop_idle(ts, now);
	if (ts->tick_stopped)
		tick_do_update_jiffies64(now);
}

/* Back out of the interrupt, still idle: count idle time again. */
void tick_irq_exit(void)
{
	struct tick_sched *ts = &tick_cpu_sched;

	if (ts->inidle && !in_interrupt() && !need_resched())
		tick_nohz_start_idle(ts);
}
