// SPDX-License-Identifier: GPL-2.0
/*
 * Division by zero in the division helpers, as Linux/arm's __div0():
 * said, with a backtrace; the helper then answers 0.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/printk.h>

void __div0(void)
{
	pr_err("Division by zero in kernel.\n");
	dump_stack();
}
EXPORT_SYMBOL(__div0);
