// SPDX-License-Identifier: GPL-2.0
/* Exports hello_add, which the hello module exports too: one of them is refused. */
#include <linux/init.h>
#include <linux/module.h>

int hello_add(int a, int b)
{
	return a + b;
}
EXPORT_SYMBOL(hello_add);

static int __init dup_export_init(void)
{
	pr_info("dup_export: exporting hello_add\n");
	return 0;
}

static void __exit dup_export_exit(void)
{
}

module_init(dup_export_init);
module_exit(dup_export_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kobox: exports a symbol another module exports");
