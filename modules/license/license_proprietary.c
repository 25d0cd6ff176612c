// SPDX-License-Identifier: GPL-2.0
/* A module whose license taints the kernel (P). */
#include <linux/init.h>
#include <linux/module.h>

static int __init license_proprietary_init(void)
{
	return 0;
}

static void __exit license_proprietary_exit(void)
{
}

module_init(license_proprietary_init);
module_exit(license_proprietary_exit);
MODULE_LICENSE("Proprietary");
