// SPDX-License-Identifier: GPL-2.0
/*
 * Module names in symbolization: %pS and %ps of the module's own
 * functions print "func+0x../0x.. [symbolize]", in init (its init text
 * is still there) and later from a parameter's getter.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/sysfs.h>

static noinline int symbolize_helper(int x)
{
	return x * 3 + 1;
}

static int where_get(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "%pS %ps\n", (void *)symbolize_helper + 8,
			  (void *)where_get);
}

static const struct kernel_param_ops where_ops = {
	.get = where_get,
};
module_param_cb(where, &where_ops, NULL, 0444);

static int __init symbolize_init(void)
{
	pr_info("symbolize: %pS %ps %pS\n", (void *)symbolize_helper,
		(void *)symbolize_init, (void *)symbolize_init + 4);
	pr_info("symbolize: %ps returned %d\n", (void *)symbolize_helper,
		symbolize_helper(2));
	return 0;
}

static void __exit symbolize_exit(void)
{
	pr_info("symbolize: exit %pS\n", (void *)symbolize_exit);
}

module_init(symbolize_init);
module_exit(symbolize_exit);
MODULE_LICENSE("GPL");
