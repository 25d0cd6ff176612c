// SPDX-License-Identifier: GPL-2.0
/* Breaks the 0/-E convention: init returns 1. Linux warns, dumps the stack, and keeps it. */
#include <linux/init.h>
#include <linux/module.h>

static int __init init_positive_init(void)
{
	return 1;
}

static void __exit init_positive_exit(void)
{
}

module_init(init_positive_init);
module_exit(init_positive_exit);
MODULE_LICENSE("GPL");
