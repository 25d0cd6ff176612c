// SPDX-License-Identifier: GPL-2.0
/*
 * BUG() in a module: "kernel BUG at bug.c:<line>!", the oops report
 * naming the module's function and "Modules linked in:", and the task
 * that wrote to the "crash" parameter is killed.
 */
#include <linux/bug.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>

static int crash_set(const char *val, const struct kernel_param *kp)
{
	BUG_ON(val[0] == '1');
	return 0;
}

static const struct kernel_param_ops crash_ops = {
	.set = crash_set,
};
module_param_cb(crash, &crash_ops, NULL, 0200);

static int __init bug_init(void)
{
	return 0;
}

static void __exit bug_exit(void)
{
}

module_init(bug_init);
module_exit(bug_exit);
MODULE_LICENSE("GPL");
