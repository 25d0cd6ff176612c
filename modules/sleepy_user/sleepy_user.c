// SPDX-License-Identifier: GPL-2.0
/* Uses sleepy's export: its load waits while sleepy is still COMING. */
#include <linux/init.h>
#include <linux/module.h>

int sleepy_delay(void);

static int __init sleepy_user_init(void)
{
	pr_info("sleepy_user: sleepy slept %d ms\n", sleepy_delay());
	return 0;
}

static void __exit sleepy_user_exit(void)
{
}

module_init(sleepy_user_init);
module_exit(sleepy_user_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kobox: a user of an export whose module is still coming");
