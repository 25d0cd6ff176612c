// SPDX-License-Identifier: GPL-2.0
/* Calls a function no kernel exports (built with KBUILD_MODPOST_WARN=1 so modpost lets it through). */
#include <linux/init.h>
#include <linux/module.h>

int kobox_no_such_function(void);

static int __init unresolved_init(void)
{
	return kobox_no_such_function();
}

module_init(unresolved_init);
MODULE_LICENSE("GPL");
