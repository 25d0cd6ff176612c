// SPDX-License-Identifier: GPL-2.0
/*
 * Jump labels on a key defined in another module (static_key's
 * shared_key): its sites are patched when that module flips the key,
 * and at load when the key is no longer in its initial state.
 */
#include <linux/init.h>
#include <linux/jump_label.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/sysfs.h>

DECLARE_STATIC_KEY_FALSE(shared_key);

static noinline const char *shared_way(void)
{
	if (static_branch_unlikely(&shared_key))
		return "taken";
	return "not taken";
}

static int state_get(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "shared branch %s\n", shared_way());
}

static const struct kernel_param_ops state_ops = {
	.get = state_get,
};
module_param_cb(state, &state_ops, NULL, 0444);

static int __init static_key_user_init(void)
{
	pr_info("static_key_user: shared branch %s\n", shared_way());
	return 0;
}

static void __exit static_key_user_exit(void)
{
}

module_init(static_key_user_init);
module_exit(static_key_user_exit);
MODULE_LICENSE("GPL");
