// SPDX-License-Identifier: GPL-2.0
/*
 * Jump labels in a module (__jump_table): two keys of its own, one false
 * and one true by default. Writing the "flip" parameter enables or
 * disables them (static_branch_enable/disable patch the branches);
 * reading it reports which way the patched code goes. It also flips
 * shared_key, which static_key_user's code tests (a key defined in
 * another module: jump_label_add_module() links the user's sites to it).
 */
#include <linux/init.h>
#include <linux/jump_label.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/sysfs.h>

static DEFINE_STATIC_KEY_FALSE(off_by_default);
static DEFINE_STATIC_KEY_TRUE(on_by_default);
DEFINE_STATIC_KEY_FALSE(shared_key);
EXPORT_SYMBOL_GPL(shared_key);

static noinline const char *unlikely_way(void)
{
	if (static_branch_unlikely(&off_by_default))
		return "taken";
	return "not taken";
}

static noinline const char *likely_way(void)
{
	if (static_branch_likely(&on_by_default))
		return "taken";
	return "not taken";
}

static int flip_set(const char *val, const struct kernel_param *kp)
{
	bool on;
	int err = kstrtobool(val, &on);

	if (err)
		return err;
	if (on) {
		static_branch_enable(&off_by_default);
		static_branch_disable(&on_by_default);
		static_branch_enable(&shared_key);
	} else {
		static_branch_disable(&off_by_default);
		static_branch_enable(&on_by_default);
		static_branch_disable(&shared_key);
	}
	return 0;
}

static int flip_get(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "unlikely branch %s, likely branch %s\n",
			  unlikely_way(), likely_way());
}

static const struct kernel_param_ops flip_ops = {
	.set = flip_set,
	.get = flip_get,
};
module_param_cb(flip, &flip_ops, NULL, 0644);

static int __init static_key_init(void)
{
	pr_info("static_key: unlikely branch %s, likely branch %s\n",
		unlikely_way(), likely_way());
	return 0;
}

static void __exit static_key_exit(void)
{
	pr_info("static_key: at exit: unlikely branch %s, likely branch %s\n",
		unlikely_way(), likely_way());
}

module_init(static_key_init);
module_exit(static_key_exit);
MODULE_LICENSE("GPL");
