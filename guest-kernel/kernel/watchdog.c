// SPDX-License-Identifier: GPL-2.0
/*
 * The soft-lockup detector, as Debian's kernel has it
 * (CONFIG_SOFTLOCKUP_DETECTOR, watchdog_thresh = 10 s).
 *
 * An hrtimer fires every 2 * watchdog_thresh / 5 seconds (4 s) and asks
 * the CPU's stopper (migration/0) to touch a timestamp. If the stopper
 * has not run for more than 2 * watchdog_thresh "seconds" (units of
 * 2^30 ns, as Linux counts them) since the last touch or report, some
 * task has kept the CPU without scheduling: the timer reports it, with
 * the registers it interrupted and their stack, taints the kernel with
 * L and lets the task go on. The next report, if the task still spins,
 * comes another threshold later.
 */
#define pr_fmt(fmt) "watchdog: " fmt

#include <linux/kernel.h>
#include <linux/completion.h>
#include <linux/export.h>
#include <linux/hrtimer.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/nmi.h>
#include <linux/panic.h>
#include <linux/sched.h>
#include <linux/sched/clock.h>
#include <linux/stop_machine.h>
#include <linux/sysctl.h>
#include <linux/timekeeping.h>
#include <asm/irq.h>

#define NUM_SAMPLE_PERIODS	5
/* watchdog_enabled's bits; no NMI (hard-lockup) detector on this board, as on Debian's arm64. */
#define NMI_WATCHDOG_ENABLED	(1UL << 0)
#define SOFT_WATCHDOG_ENABLED	(1UL << 1)
/* watchdog_report_ts after touch_softlockup_watchdog(): start a new period. */
#define SOFTLOCKUP_DELAY_REPORT	ULONG_MAX

static int watchdog_user_enabled = 1;
static int soft_watchdog_user_enabled = 1;
static int watchdog_thresh = 10;
static int softlockup_panic;
static int sixty = 60;

static unsigned long watchdog_enabled;
static u64 sample_period;
static unsigned long watchdog_touch_ts;
static unsigned long watchdog_report_ts;
static struct hrtimer watchdog_hrtimer;
static struct completion softlockup_completion;
static struct cpu_stop_work softlockup_stop_work;
static bool watchdog_running;

static int get_softlockup_thresh(void)
{
	return watchdog_thresh * 2;
}

/* Seconds, roughly: the clock in units of 2^30 ns, as Linux counts. */
static unsigned long get_timestamp(void)
{
	return local_clock() >> 30;
}

static void update_report_ts(void)
{
	watchdog_report_ts = get_timestamp();
}

static void update_touch_ts(void)
{
	watchdog_touch_ts = get_timestamp();
	update_report_ts();
}

/* Code known to keep the CPU for long (a long printk flush, say) says so. */
notrace void touch_softlockup_watchdog(void)
{
	WRITE_ONCE(watchdog_report_ts, SOFTLOCKUP_DELAY_REPORT);
}
EXPORT_SYMBOL(touch_softlockup_watchdog);

/* Run by the stopper: the CPU schedules. */
static int softlockup_fn(void *data)
{
	update_touch_ts();
	complete(&softlockup_completion);
	return 0;
}

/* How long the CPU has been stuck, once past the threshold; else 0. */
static int is_softlockup(unsigned long touch_ts, unsigned long period_ts,
			 unsigned long now)
{
	if ((watchdog_enabled & SOFT_WATCHDOG_ENABLED) && watchdog_thresh &&
	    time_after(now, period_ts + get_softlockup_thresh()))
		return now - touch_ts;
	return 0;
}

static void softlockup_report(int duration)
{
	struct pt_regs *regs = get_irq_regs();

	pr_emerg("BUG: soft lockup - CPU#%d stuck for %us! [%s:%d]\n",
		 0, duration, current->comm, task_pid_nr(current));
	print_modules();
	if (regs)
		show_regs(regs);
	else
		dump_stack();
	add_taint(TAINT_SOFTLOCKUP, LOCKDEP_STILL_OK);
	if (softlockup_panic)
		panic("softlockup: hung tasks");
}

static enum hrtimer_restart watchdog_timer_fn(struct hrtimer *hrtimer)
{
	unsigned long touch_ts, period_ts, now;
	int duration;

	/* The stopper has run since the last kick: kick it again. */
	if (completion_done(&softlockup_completion)) {
		reinit_completion(&softlockup_completion);
		stop_one_cpu_nowait(0, softlockup_fn, NULL, &softlockup_stop_work);
	}
	hrtimer_forward_now(hrtimer, ns_to_ktime(sample_period));

	now = get_timestamp();
	period_ts = READ_ONCE(watchdog_report_ts);
	if (period_ts == SOFTLOCKUP_DELAY_REPORT) {
		update_report_ts();
		return HRTIMER_RESTART;
	}
	touch_ts = watchdog_touch_ts;
	duration = is_softlockup(touch_ts, period_ts, now);
	if (unlikely(duration)) {
		/* The next report, if any, a whole threshold later. */
		update_report_ts();
		softlockup_report(duration);
	}
	return HRTIMER_RESTART;
}

static void watchdog_enable(void)
{
	complete(&softlockup_completion);
	hrtimer_start(&watchdog_hrtimer, ns_to_ktime(sample_period),
		      HRTIMER_MODE_REL_PINNED_HARD);
	update_touch_ts();
	watchdog_running = true;
}

static void watchdog_disable(void)
{
	if (!watchdog_running)
		return;
	hrtimer_cancel(&watchdog_hrtimer);
	/* A kick still queued must have run before its work is queued again. */
	wait_for_completion(&softlockup_completion);
	watchdog_running = false;
}

/* Stop the detector, take the sysctls' new values, start it if they say so. */
static void lockup_detector_reconfigure(void)
{
	watchdog_disable();
	watchdog_enabled = 0;
	if (watchdog_user_enabled && soft_watchdog_user_enabled)
		watchdog_enabled |= SOFT_WATCHDOG_ENABLED;
	sample_period = get_softlockup_thresh() * ((u64)NSEC_PER_SEC / NUM_SAMPLE_PERIODS);
	if (watchdog_enabled && watchdog_thresh)
		watchdog_enable();
}

void __init lockup_detector_init(void)
{
	init_completion(&softlockup_completion);
	hrtimer_init(&watchdog_hrtimer, CLOCK_MONOTONIC, HRTIMER_MODE_REL_HARD);
	watchdog_hrtimer.function = watchdog_timer_fn;
	lockup_detector_reconfigure();
}

/* A change that sticks stops the detector and starts it as the values now say. */
static int proc_watchdog_update(struct ctl_table *table, int write, void *buffer,
				size_t *lenp, loff_t *ppos)
{
	int *param = table->data, old = *param, err;

	err = proc_dointvec_minmax(table, write, buffer, lenp, ppos);
	if (!err && write && old != *param)
		lockup_detector_reconfigure();
	return err;
}

/*
 * watchdog and soft_watchdog: reading first sets the switch to what is
 * enabled (so with soft_watchdog 0, reading watchdog turns it off too,
 * as in Linux).
 */
static int proc_watchdog_common(unsigned long which, struct ctl_table *table, int write,
				void *buffer, size_t *lenp, loff_t *ppos)
{
	if (!write)
		*(int *)table->data = (watchdog_enabled & which) != 0;
	return proc_watchdog_update(table, write, buffer, lenp, ppos);
}

static int proc_watchdog(struct ctl_table *table, int write, void *buffer,
			 size_t *lenp, loff_t *ppos)
{
	return proc_watchdog_common(NMI_WATCHDOG_ENABLED | SOFT_WATCHDOG_ENABLED,
				    table, write, buffer, lenp, ppos);
}

static int proc_soft_watchdog(struct ctl_table *table, int write, void *buffer,
			      size_t *lenp, loff_t *ppos)
{
	return proc_watchdog_common(SOFT_WATCHDOG_ENABLED, table, write, buffer, lenp, ppos);
}

static struct ctl_table watchdog_sysctls[] = {
	{
		.procname	= "watchdog",
		.data		= &watchdog_user_enabled,
		.maxlen		= sizeof(int),
		.mode		= 0644,
		.proc_handler	= proc_watchdog,
		.extra1		= SYSCTL_ZERO,
		.extra2		= SYSCTL_ONE,
	},
	{
		.procname	= "watchdog_thresh",
		.data		= &watchdog_thresh,
		.maxlen		= sizeof(int),
		.mode		= 0644,
		.proc_handler	= proc_watchdog_update,
		.extra1		= SYSCTL_ZERO,
		.extra2		= &sixty,
	},
	{
		.procname	= "soft_watchdog",
		.data		= &soft_watchdog_user_enabled,
		.maxlen		= sizeof(int),
		.mode		= 0644,
		.proc_handler	= proc_soft_watchdog,
		.extra1		= SYSCTL_ZERO,
		.extra2		= SYSCTL_ONE,
	},
	{
		.procname	= "softlockup_panic",
		.data		= &softlockup_panic,
		.maxlen		= sizeof(int),
		.mode		= 0644,
		.proc_handler	= proc_dointvec_minmax,
		.extra1		= SYSCTL_ZERO,
		.extra2		= SYSCTL_ONE,
	},
	{ }
};

static int __init watchdog_sysctl_init(void)
{
	register_sysctl_init("kernel", watchdog_sysctls);
	return 0;
}
subsys_initcall(watchdog_sysctl_init);
