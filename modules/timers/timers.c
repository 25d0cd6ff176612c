// SPDX-License-Identifier: GPL-2.0
/*
 * Timers, hrtimers and tasklets from a module, as a driver author uses
 * them. By default init runs each and reports what happened once all
 * are done, from process context, so that the report does not depend on
 * how their callbacks interleave:
 *   - a timer_list timer that re-arms itself (mod_timer) until it has
 *     fired three times, then schedules a tasklet;
 *   - an hrtimer (hard interrupt context) that forwards itself three
 *     times, and one in HRTIMER_MODE_REL_SOFT (softirq context);
 *   - a tasklet and a high-priority tasklet, and a disabled one that
 *     runs only once enabled again.
 * Each callback notes the context it ran in. pending=1 instead leaves a
 * timer and an hrtimer far in the future, for exit to cancel at rmmod;
 * leak=1 leaves a timer due 2 s after init that exit does not cancel.
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/delay.h>
#include <linux/hrtimer.h>
#include <linux/interrupt.h>
#include <linux/jiffies.h>
#include <linux/timer.h>

static bool pending;
module_param(pending, bool, 0444);
MODULE_PARM_DESC(pending, "leave a timer and an hrtimer pending, for exit to cancel");

static bool leak;
module_param(leak, bool, 0444);
MODULE_PARM_DESC(leak, "leave a timer pending for 2 s that exit does not cancel");

struct ctx {
	int runs;
	bool hardirq, softirq, irqs_off;
};

static void note(struct ctx *c)
{
	c->runs++;
	c->hardirq |= !!in_irq();
	c->softirq |= !!in_serving_softirq();
	c->irqs_off |= irqs_disabled();
}

static struct timer_list timer, far_timer;
static struct hrtimer hrt, soft_hrt, far_hrt;
static struct tasklet_struct tasklet, hi_tasklet, late_tasklet;
static struct ctx timer_ctx, hrt_ctx, soft_ctx, tasklet_ctx, hi_ctx, late_ctx;
static unsigned long timer_expires_seen;
static bool tasklet_after_timer;
static int hrt_forwards_ok;

static void timer_fn(struct timer_list *t)
{
	note(&timer_ctx);
	timer_expires_seen = time_after_eq(jiffies, t->expires);
	if (timer_ctx.runs < 3)
		mod_timer(t, jiffies + msecs_to_jiffies(10));
	else
		tasklet_schedule(&tasklet);
}

static enum hrtimer_restart hrt_fn(struct hrtimer *t)
{
	note(&hrt_ctx);
	if (hrt_ctx.runs == 3)
		return HRTIMER_NORESTART;
	if (hrtimer_forward_now(t, ms_to_ktime(5)) >= 1 && hrtimer_get_expires(t) > ktime_get())
		hrt_forwards_ok++;
	return HRTIMER_RESTART;
}

static enum hrtimer_restart soft_hrt_fn(struct hrtimer *t)
{
	note(&soft_ctx);
	return HRTIMER_NORESTART;
}

static enum hrtimer_restart far_hrt_fn(struct hrtimer *t)
{
	pr_info("timers: far hrtimer fired\n");
	return HRTIMER_NORESTART;
}

static void tasklet_fn(struct tasklet_struct *t)
{
	note(&tasklet_ctx);
	tasklet_after_timer = timer_ctx.runs == 3;
}

static void hi_tasklet_fn(unsigned long data)
{
	note(&hi_ctx);
	if (data != 42)
		pr_err("timers: hi tasklet got data %lu\n", data);
}

static void late_tasklet_fn(struct tasklet_struct *t)
{
	note(&late_ctx);
}

static void far_timer_fn(struct timer_list *t)
{
	pr_info("timers: far timer fired\n");
}

static const char *where(struct ctx *c)
{
	if (c->hardirq)
		return "hard interrupt";
	if (c->softirq)
		return "softirq";
	return "process";
}

static void report(const char *what, struct ctx *c)
{
	pr_info("timers: %s ran %d time%s in %s context, interrupts %s\n", what,
		c->runs, c->runs == 1 ? "" : "s", where(c),
		c->irqs_off ? "off" : "on");
}

static bool all_done(void)
{
	return timer_ctx.runs == 3 && hrt_ctx.runs == 3 && soft_ctx.runs == 1 &&
	       tasklet_ctx.runs == 1 && hi_ctx.runs == 1 && late_ctx.runs == 1;
}

static int run_all(void)
{
	int waited;

	timer_setup(&timer, timer_fn, 0);
	hrtimer_init(&hrt, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	hrt.function = hrt_fn;
	hrtimer_init(&soft_hrt, CLOCK_MONOTONIC, HRTIMER_MODE_REL_SOFT);
	soft_hrt.function = soft_hrt_fn;
	tasklet_setup(&tasklet, tasklet_fn);
	tasklet_init(&hi_tasklet, hi_tasklet_fn, 42);
	tasklet_setup(&late_tasklet, late_tasklet_fn);

	mod_timer(&timer, jiffies + msecs_to_jiffies(10));
	pr_info("timers: timer pending: %d\n", timer_pending(&timer));
	hrtimer_start(&hrt, ms_to_ktime(5), HRTIMER_MODE_REL);
	hrtimer_start(&soft_hrt, ms_to_ktime(20), HRTIMER_MODE_REL_SOFT);
	pr_info("timers: hrtimer queued: %d, active: %d\n",
		hrtimer_is_queued(&hrt), hrtimer_active(&hrt));
	tasklet_hi_schedule(&hi_tasklet);
	tasklet_disable(&late_tasklet);
	tasklet_schedule(&late_tasklet);

	for (waited = 0; waited < 2000 && late_ctx.runs == 0; waited += 10) {
		msleep(10);
		if (waited == 20) {
			pr_info("timers: late tasklet ran while disabled: %d\n", late_ctx.runs);
			tasklet_enable(&late_tasklet);
		}
	}
	for (waited = 0; waited < 2000 && !all_done(); waited += 10)
		msleep(10);
	if (!all_done())
		pr_err("timers: not everything ran in 2 s\n");

	report("timer", &timer_ctx);
	pr_info("timers: timer ran at or after its expiry: %s\n", timer_expires_seen ? "yes" : "no");
	report("hrtimer", &hrt_ctx);
	pr_info("timers: hrtimer_forward_now moved it past now each time: %s\n",
		hrt_forwards_ok == 2 ? "yes" : "no");
	report("soft hrtimer", &soft_ctx);
	report("tasklet", &tasklet_ctx);
	pr_info("timers: tasklet scheduled by the timer's third run: %s\n", tasklet_after_timer ? "yes" : "no");
	report("hi tasklet", &hi_ctx);
	report("late tasklet", &late_ctx);
	waited = del_timer_sync(&timer);
	pr_info("timers: del_timer_sync of a timer that ran: %d, hrtimer_cancel of one that ran: %d\n",
		waited, hrtimer_cancel(&hrt));
	tasklet_kill(&tasklet);
	tasklet_kill(&hi_tasklet);
	tasklet_kill(&late_tasklet);
	return 0;
}

static int __init timers_init(void)
{
	pr_info("timers: HZ=%d\n", HZ);
	if (pending) {
		timer_setup(&far_timer, far_timer_fn, 0);
		mod_timer(&far_timer, jiffies + 60 * HZ);
		hrtimer_init(&far_hrt, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
		far_hrt.function = far_hrt_fn;
		hrtimer_start(&far_hrt, ms_to_ktime(60000), HRTIMER_MODE_REL);
		pr_info("timers: left a timer and an hrtimer for 60 s\n");
		return 0;
	}
	if (leak) {
		timer_setup(&far_timer, far_timer_fn, 0);
		mod_timer(&far_timer, jiffies + msecs_to_jiffies(2000));
		pr_info("timers: left a timer for 2 s\n");
		return 0;
	}
	return run_all();
}

static void __exit timers_exit(void)
{
	if (pending) {
		int was = timer_pending(&far_timer), ret = del_timer_sync(&far_timer);

		pr_info("timers: exit: timer pending %d, del_timer_sync %d, pending %d\n",
			was, ret, timer_pending(&far_timer));
		was = hrtimer_is_queued(&far_hrt);
		ret = hrtimer_cancel(&far_hrt);
		pr_info("timers: exit: hrtimer queued %d, hrtimer_cancel %d, queued %d\n",
			was, ret, hrtimer_is_queued(&far_hrt));
	}
	pr_info("timers: exit\n");
}

module_init(timers_init);
module_exit(timers_exit);
MODULE_LICENSE("GPL");
