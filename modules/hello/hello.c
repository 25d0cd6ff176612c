// SPDX-License-Identifier: GPL-2.0
/* A first module: two parameters and a function other modules can call. */
#include <linux/init.h>
#include <linux/module.h>

static int myint = 1;
module_param(myint, int, 0644);
MODULE_PARM_DESC(myint, "an integer that init prints");

static char *mystr = "world";
module_param(mystr, charp, 0444);
MODULE_PARM_DESC(mystr, "a string that init prints (read-only in sysfs)");

int hello_add(int a, int b)
{
	return a + b + myint;
}
EXPORT_SYMBOL(hello_add);

static int __init hello_init(void)
{
	pr_info("hello: hello %s, myint=%d\n", mystr, myint);
	return 0;
}

static void __exit hello_exit(void)
{
	pr_info("hello: goodbye %s\n", mystr);
}

module_init(hello_init);
module_exit(hello_exit);
MODULE_LICENSE("GPL");
MODULE_AUTHOR("kobox");
MODULE_DESCRIPTION("kobox's first module: parameters and an export");
MODULE_VERSION("1.0");
