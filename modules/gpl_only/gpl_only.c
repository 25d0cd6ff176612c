// SPDX-License-Identifier: GPL-2.0
/*
 * Uses ktime_get, which the kernel exports to GPL-compatible modules only. modpost refuses to
 * build a proprietary module that does this, so the build derives gpl_only-proprietary.ko from
 * this one by rewriting its license in .modinfo; the kernel's own check then has to catch it.
 */
#include <linux/init.h>
#include <linux/ktime.h>
#include <linux/module.h>
#include <linux/timekeeping.h>

static int __init gpl_only_init(void)
{
	pr_info("gpl_only: time is %lld\n", ktime_get());
	return 0;
}

module_init(gpl_only_init);
MODULE_LICENSE("Dual MIT/GPL");
