// SPDX-License-Identifier: GPL-2.0
/*
 * An init that sleeps, so that a second insmod, an rmmod or a user of its
 * export can run while the module is still COMING; it returns err
 * afterwards. Its exit can sleep too (GOING).
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/delay.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/timekeeping.h>

static int delay = 2000;
module_param(delay, int, 0444);
MODULE_PARM_DESC(delay, "milliseconds init sleeps");

static int err;
module_param(err, int, 0444);
MODULE_PARM_DESC(err, "what init returns after its sleep");

static char *how = "msleep";
module_param(how, charp, 0444);
MODULE_PARM_DESC(how, "msleep, msleep_interruptible, usleep_range, schedule_timeout_interruptible or schedule_timeout_uninterruptible");

static int exit_delay;
module_param(exit_delay, int, 0444);
MODULE_PARM_DESC(exit_delay, "milliseconds exit sleeps");

int sleepy_delay(void)
{
	return delay;
}
EXPORT_SYMBOL(sleepy_delay);

/* What the primitive returned: the time left when woken early, else 0. */
static long sleep_as_asked(void)
{
	long ticks = DIV_ROUND_UP(delay * HZ, 1000);

	if (!strcmp(how, "msleep_interruptible"))
		return msleep_interruptible(delay);
	if (!strcmp(how, "schedule_timeout_interruptible"))
		return schedule_timeout_interruptible(ticks);
	if (!strcmp(how, "schedule_timeout_uninterruptible"))
		return schedule_timeout_uninterruptible(ticks);
	if (!strcmp(how, "usleep_range"))
		usleep_range(delay * 1000UL, delay * 1000UL + 100);
	else
		msleep(delay);
	return 0;
}

static int __init sleepy_init(void)
{
	u64 start = ktime_get();
	long left;

	pr_info("sleepy: init sleeps %d ms\n", delay);
	left = sleep_as_asked();
	pr_info("sleepy: %s returned %s, slept %s\n", how,
		left ? "early" : "0",
		ktime_get() - start >= delay * NSEC_PER_MSEC ?
		"long enough" : "too short");
	pr_info("sleepy: init returns %d\n", err);
	return err;
}

static void __exit sleepy_exit(void)
{
	if (exit_delay) {
		pr_info("sleepy: exit sleeps %d ms\n", exit_delay);
		msleep(exit_delay);
	}
	pr_info("sleepy: exit\n");
}

module_init(sleepy_init);
module_exit(sleepy_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kobox: an init that sleeps, for racing loads and unloads");
