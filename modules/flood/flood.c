// SPDX-License-Identifier: GPL-2.0
/*
 * Fills the kernel log: `lines` records of one size at init ("flood: 00042" and `pad`
 * spaces). Once the log has wrapped, how many of them survive, and which, depends only on the
 * ring buffer's sizes and record layout, not on what was logged before them.
 */
#include <linux/init.h>
#include <linux/module.h>

static unsigned int lines;
module_param(lines, uint, 0444);
static unsigned int pad;
module_param(pad, uint, 0444);

static int __init flood_init(void)
{
	unsigned int i;

	for (i = 0; i < lines; i++)
		pr_info("flood: %05u%*s\n", i, pad, "");
	return 0;
}

static void __exit flood_exit(void)
{
}

module_init(flood_init);
module_exit(flood_exit);
MODULE_LICENSE("GPL");
