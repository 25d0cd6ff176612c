// SPDX-License-Identifier: GPL-2.0
/* Uses hello's export, so hello cannot be removed while this one is loaded. */
#include <linux/init.h>
#include <linux/module.h>

int hello_add(int a, int b);

static int __init hello_user_init(void)
{
	pr_info("hello_user: hello_add(2, 3) = %d\n", hello_add(2, 3));
	return 0;
}

static void __exit hello_user_exit(void)
{
	pr_info("hello_user: done\n");
}

module_init(hello_user_init);
module_exit(hello_user_exit);
MODULE_LICENSE("GPL");
