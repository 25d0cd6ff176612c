// SPDX-License-Identifier: GPL-2.0
/* An init and no exit: such a module cannot be unloaded (-EBUSY). */
#include <linux/init.h>
#include <linux/module.h>

static int __init noexit_init(void)
{
	pr_info("noexit: loaded for good\n");
	return 0;
}

module_init(noexit_init);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kobox: a module without an exit function");
