// SPDX-License-Identifier: GPL-2.0
/*
 * Dynamic debug from a module: pr_debug() sites that are silent until
 * the control file or the dyndbg parameter turns them on, and (in
 * dyndbg_loud.c, built with DEBUG) sites that start on. Writing a number
 * to /sys/module/dyndbg/parameters/poke runs every site once; the
 * output is only the module's own text and numbers.
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/moduleparam.h>
#include <linux/printk.h>

void dyndbg_loud(int n);

static void dyndbg_work(int n)
{
	pr_debug("work %d starts\n", n);
	pr_debug("work %d: \"quoted\"\tand tabbed\n", n);
	print_hex_dump_debug("dump: ", DUMP_PREFIX_OFFSET, 16, 1,
			     "dynamic hex dump", 16, true);
}

static void dyndbg_other(int n)
{
	pr_debug("other %d\n", n);
}

static int poke_set(const char *val, const struct kernel_param *kp)
{
	int n, ret = kstrtoint(val, 0, &n);

	if (ret)
		return ret;
	pr_info("dyndbg: poke %d\n", n);
	dyndbg_work(n);
	dyndbg_other(n);
	dyndbg_loud(n);
	return 0;
}

static const struct kernel_param_ops poke_ops = {
	.set = poke_set,
};
module_param_cb(poke, &poke_ops, NULL, 0200);

static int __init dyndbg_init(void)
{
	pr_debug("init\n");
	dyndbg_work(0);
	dyndbg_loud(0);
	pr_info("dyndbg: loaded\n");
	return 0;
}

static void __exit dyndbg_exit(void)
{
	pr_debug("exit\n");
	pr_info("dyndbg: unloaded\n");
}

module_init(dyndbg_init);
module_exit(dyndbg_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("pr_debug sites for dynamic debug");
