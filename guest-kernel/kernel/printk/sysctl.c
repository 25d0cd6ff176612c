// SPDX-License-Identifier: GPL-2.0
/* /proc/sys/kernel/printk: console, default, minimum and boot loglevels. */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/printk.h>
#include <linux/sysctl.h>

static struct ctl_table printk_sysctls[] = {
	{
		.procname	= "printk",
		.data		= &console_loglevel,
		.maxlen		= 4 * sizeof(int),
		.mode		= 0644,
		.proc_handler	= proc_dointvec,
	},
	{ }
};

static int __init printk_sysctl_init(void)
{
	register_sysctl_init("kernel", printk_sysctls);
	return 0;
}
core_initcall(printk_sysctl_init);
