// SPDX-License-Identifier: GPL-2.0
/* A driver whose hardware is absent: init fails with -ENODEV and the module is freed. */
#include <linux/init.h>
#include <linux/module.h>

static int __init init_nodev_init(void)
{
	pr_info("init_nodev: no frobnicator found\n");
	return -ENODEV;
}

module_init(init_nodev_init);
MODULE_LICENSE("GPL");
