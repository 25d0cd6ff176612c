// SPDX-License-Identifier: GPL-2.0
/*
 * __ex_table in a module: get_user()/put_user() are inlined here (an
 * unprivileged load or store plus an exception table entry). On an
 * unmapped user address the access faults and the module's own
 * exception table turns it into -EFAULT, with the value zeroed.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/uaccess.h>

static unsigned long addr = 0x10;
module_param(addr, ulong, 0444);

static int __init uaccess_init(void)
{
	int __user *p = (int __user *)addr;
	int val = 0x5a5a, err;

	err = get_user(val, p);
	pr_info("uaccess: get_user(%#lx) = %d, value %d\n", addr, err, val);
	err = put_user(42, p);
	pr_info("uaccess: put_user(%#lx) = %d\n", addr, err);
	return 0;
}

static void __exit uaccess_exit(void)
{
}

module_init(uaccess_init);
module_exit(uaccess_exit);
MODULE_LICENSE("GPL");
