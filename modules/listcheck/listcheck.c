// SPDX-License-Identifier: GPL-2.0
/*
 * CONFIG_DEBUG_LIST from a module: list_add()/list_del() inline calls
 * to __list_add_valid()/__list_del_entry_valid(). Writing 1 to the
 * "corrupt" parameter breaks a list and adds to it; 2 deletes an entry
 * twice (LIST_POISON). Debian BUG()s on either (BUG_ON_DATA_CORRUPTION).
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/list.h>

static LIST_HEAD(items);
static struct list_head a, b, c;

static int corrupt_set(const char *val, const struct kernel_param *kp)
{
	int err = param_set_int(val, kp);

	if (err)
		return err;
	if (*(int *)kp->arg == 1) {
		a.prev = &c;		/* items <-> a, with a's back link broken */
		list_add(&b, &items);
	} else if (*(int *)kp->arg == 2) {
		list_del(&a);
		list_del(&a);
	}
	return 0;
}

static const struct kernel_param_ops corrupt_ops = {
	.set = corrupt_set,
	.get = param_get_int,
};

static int corrupt;
module_param_cb(corrupt, &corrupt_ops, &corrupt, 0644);

static int __init listcheck_init(void)
{
	list_add(&a, &items);
	pr_info("listcheck: %d entry\n", list_empty(&items) ? 0 : 1);
	return 0;
}

static void __exit listcheck_exit(void)
{
	pr_info("listcheck: exit\n");
}

module_init(listcheck_init);
module_exit(listcheck_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("list debugging checks reached from a module");
