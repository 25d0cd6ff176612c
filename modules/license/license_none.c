// SPDX-License-Identifier: GPL-2.0
/*
 * A module without a license. modpost refuses to build one, so this is built GPL and the build
 * wipes the license from .modinfo; the kernel then calls it 'unspecified'.
 */
#include <linux/init.h>
#include <linux/module.h>

static int __init license_none_init(void)
{
	return 0;
}

module_init(license_none_init);
MODULE_LICENSE("GPL");
