// SPDX-License-Identifier: GPL-2.0
/*
 * An init that sleeps, so that a second insmod, an rmmod or a user of its
 * export can run while the module is still COMING; it returns err
 * afterwards. Its exit can sleep too (GOING).
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/delay.h>

static int delay = 2000;
module_param(delay, int, 0444);
MODULE_PARM_DESC(delay, "milliseconds init sleeps");

static int err;
module_param(err, int, 0444);
MODULE_PARM_DESC(err, "what init returns after its sleep");

static int exit_delay;
module_param(exit_delay, int, 0444);
MODULE_PARM_DESC(exit_delay, "milliseconds exit sleeps");

int sleepy_delay(void)
{
	return delay;
}
EXPORT_SYMBOL(sleepy_delay);

static int __init sleepy_init(void)
{
	pr_info("sleepy: init sleeps %d ms\n", delay);
	msleep(delay);
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
