// SPDX-License-Identifier: GPL-2.0
/* Built with DEBUG: these pr_debug() sites start enabled. */
#define DEBUG
#include <linux/kernel.h>
#include <linux/printk.h>

void dyndbg_loud(int n);

void dyndbg_loud(int n)
{
	pr_debug("loud %d\n", n);
}
