// SPDX-License-Identifier: GPL-2.0
/*
 * Division by zero in the EABI helpers, as Linux/arm's __div0(): said,
 * with a backtrace, and the quotient is whatever the helper returns.
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

int __aeabi_idiv0(int r)
{
	__div0();
	return r;
}

long long __aeabi_ldiv0(long long r)
{
	__div0();
	return r;
}
