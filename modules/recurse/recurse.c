// SPDX-License-Identifier: GPL-2.0
/*
 * Recursion at init, `depth` calls deep, each with a frame of about 256 bytes: the default
 * (100000) runs off the end of the 16 KiB kernel stack.
 */
#include <linux/init.h>
#include <linux/module.h>

static unsigned int depth = 100000;
module_param(depth, uint, 0444);

static noinline unsigned long recurse(unsigned int n)
{
	volatile unsigned long frame[30];

	frame[0] = n;
	if (n)
		frame[1] = recurse(n - 1);
	return frame[0] + frame[1];
}

static int __init recurse_init(void)
{
	pr_info("recurse: %u calls deep\n", depth);
	pr_info("recurse: came back with %lu\n", recurse(depth));
	return 0;
}

static void __exit recurse_exit(void)
{
}

module_init(recurse_init);
module_exit(recurse_exit);
MODULE_LICENSE("GPL");
