// SPDX-License-Identifier: GPL-2.0
/*
 * One driver source, two builds, as kbuild makes them:
 *
 *   built in (obj-y, kobox boot --builtin examples/driver): no -DMODULE,
 *   so module_init() is __initcall(), a device_initcall that do_initcalls
 *   runs at boot; the parameters are kernel parameters
 *   (mydriver.count=2); module_exit() is discarded at link time.
 *
 *   a module (obj-m, kobox build examples/driver): -DMODULE, so
 *   module_init() names init_module, which do_init_module calls at
 *   insmod; the parameters are insmod's (count=2); rmmod runs the exit.
 *
 * Either way the parameters are in /sys/module/mydriver/parameters.
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/moduleparam.h>

static int count = 1;
module_param(count, int, 0444);
MODULE_PARM_DESC(count, "how many greetings init prints");

static char *whom = "world";
module_param(whom, charp, 0644);
MODULE_PARM_DESC(whom, "who init greets");

static int __init mydriver_init(void)
{
	int i;

	for (i = 1; i <= count; i++)
		pr_info("mydriver: hello, %s (%d of %d)\n", whom, i, count);
	return 0;
}
module_init(mydriver_init);

static void __exit mydriver_exit(void)
{
	pr_info("mydriver: goodbye, %s\n", whom);
}
module_exit(mydriver_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("one source, built in or built as a module");
MODULE_VERSION("1.0");
