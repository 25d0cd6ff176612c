// SPDX-License-Identifier: GPL-2.0
/*
 * __bug_table in a module: WARN_ON() and WARN() in init trap through brk,
 * are reported with file, line and the module's symbol, taint the
 * kernel W, and the module goes on loading. WARN_ON_ONCE() in the "poke"
 * parameter's setter warns on the first write only.
 */
#include <linux/bug.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>

static int value = 3;
module_param(value, int, 0444);

static int poke_set(const char *val, const struct kernel_param *kp)
{
	WARN_ON_ONCE(value > 0);
	pr_info("warn: poked\n");
	return 0;
}

static const struct kernel_param_ops poke_ops = {
	.set = poke_set,
};
module_param_cb(poke, &poke_ops, NULL, 0200);

static int __init warn_init(void)
{
	WARN_ON(value > 0);
	WARN(value == 3, "warn: value is %d\n", value);
	pr_info("warn: still loading\n");
	return 0;
}

static void __exit warn_exit(void)
{
}

module_init(warn_init);
module_exit(warn_exit);
MODULE_LICENSE("GPL");
