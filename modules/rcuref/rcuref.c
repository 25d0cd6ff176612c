// SPDX-License-Identifier: GPL-2.0
/*
 * RCU and refcount_t from a module. A list of numbered items is read
 * under rcu_read_lock() (/proc/kobox_rcu) while items are taken off it
 * and freed after a grace period (call_rcu(), kfree_rcu() with and
 * without an rcu_head). When a callback runs depends on the kernel's
 * timing, so callbacks only count; rcu_barrier() makes the count exact
 * before it is printed. synchronize_rcu() is checked against the
 * polling interface. Writing the refcount parameter walks a refcount_t
 * into each of Linux's saturation warnings, once each.
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/preempt.h>
#include <linux/proc_fs.h>
#include <linux/rculist.h>
#include <linux/rcupdate.h>
#include <linux/refcount.h>
#include <linux/seq_file.h>
#include <linux/slab.h>

struct item {
	struct list_head list;
	struct rcu_head rcu;
	int n;
};

static LIST_HEAD(items);
static DEFINE_SPINLOCK(items_lock);
static atomic_t callbacks, in_softirq_seen;

static void item_free(struct rcu_head *head)
{
	struct item *it = container_of(head, struct item, rcu);

	atomic_inc(&callbacks);
	if (in_softirq())
		atomic_inc(&in_softirq_seen);
	kfree(it);
}

static struct item *unlink(int n)
{
	struct item *it;

	spin_lock(&items_lock);
	list_for_each_entry(it, &items, list) {
		if (it->n == n) {
			list_del_rcu(&it->list);
			spin_unlock(&items_lock);
			return it;
		}
	}
	spin_unlock(&items_lock);
	return NULL;
}

static int list_show(struct seq_file *m, void *v)
{
	struct item *it;

	rcu_read_lock();
	list_for_each_entry_rcu(it, &items, list)
		seq_printf(m, " %d", it->n);
	rcu_read_unlock();
	seq_putc(m, '\n');
	return 0;
}

static int del_set(const char *val, const struct kernel_param *kp)
{
	struct item *it;
	int n, err = kstrtoint(val, 0, &n);

	if (err)
		return err;
	it = unlink(n < 0 ? -n : n);
	if (!it)
		return -ENOENT;
	if (n > 0)
		call_rcu(&it->rcu, item_free);
	else
		kfree_rcu(it, rcu);	/* negative: freed by RCU itself */
	return 0;
}

static const struct kernel_param_ops del_ops = { .set = del_set };
module_param_cb(del, &del_ops, NULL, 0200);

static int barrier_set(const char *val, const struct kernel_param *kp)
{
	rcu_barrier();
	pr_info("rcuref: after rcu_barrier: %d callbacks ran, %d in softirq context\n",
		atomic_read(&callbacks), atomic_read(&in_softirq_seen));
	return 0;
}

static const struct kernel_param_ops barrier_ops = { .set = barrier_set };
module_param_cb(barrier, &barrier_ops, NULL, 0200);

static int refcount_set_param(const char *val, const struct kernel_param *kp)
{
	refcount_t r = REFCOUNT_INIT(1);
	bool zero;

	refcount_inc(&r);
	zero = refcount_dec_and_test(&r);
	pr_info("rcuref: 2, dec_and_test %d, read %u\n", zero, refcount_read(&r));
	zero = refcount_dec_and_test(&r);
	pr_info("rcuref: dec_and_test %d, inc_not_zero %d\n", zero,
		refcount_inc_not_zero(&r));
	refcount_inc(&r);			/* addition on 0 */
	pr_info("rcuref: after inc on 0: %u\n", refcount_read(&r));
	refcount_set(&r, 0);
	refcount_inc(&r);			/* the same again: no second warning */
	refcount_set(&r, 1);
	refcount_dec(&r);			/* decrement hit 0 */
	refcount_set(&r, 0);
	zero = refcount_dec_and_test(&r);	/* underflow */
	pr_info("rcuref: underflow gave %d, read %u\n", zero, refcount_read(&r));
	refcount_set(&r, REFCOUNT_MAX);
	refcount_inc(&r);			/* saturated */
	pr_info("rcuref: after inc at max: %u\n", refcount_read(&r));
	refcount_set(&r, 0);
	pr_info("rcuref: dec_not_one on 0: %d\n", refcount_dec_not_one(&r));
	refcount_set(&r, 1);
	pr_info("rcuref: dec_if_one %d, read %u\n", refcount_dec_if_one(&r),
		refcount_read(&r));
	return 0;
}

static const struct kernel_param_ops refcount_ops = { .set = refcount_set_param };
module_param_cb(refcount, &refcount_ops, NULL, 0200);

static int __init rcuref_init(void)
{
	unsigned long cookie;
	struct item *it;
	int i;

	for (i = 1; i <= 6; i++) {
		it = kmalloc(sizeof(*it), GFP_KERNEL);
		if (!it)
			return -ENOMEM;
		it->n = i;
		spin_lock(&items_lock);
		list_add_tail_rcu(&it->list, &items);
		spin_unlock(&items_lock);
	}
	cookie = get_state_synchronize_rcu();
	pr_info("rcuref: grace period over before synchronize_rcu: %d\n",
		poll_state_synchronize_rcu(cookie));
	synchronize_rcu();
	pr_info("rcuref: after: %d\n", poll_state_synchronize_rcu(cookie));
	kfree_rcu(unlink(6));		/* one argument: may wait for a grace period */
	if (!proc_create_single("kobox_rcu", 0444, NULL, list_show))
		return -ENOMEM;
	return 0;
}

static void __exit rcuref_exit(void)
{
	struct item *it, *next;

	remove_proc_entry("kobox_rcu", NULL);
	list_for_each_entry_safe(it, next, &items, list) {
		list_del_rcu(&it->list);
		call_rcu(&it->rcu, item_free);
	}
	rcu_barrier();
	pr_info("rcuref: unloading after %d callbacks\n", atomic_read(&callbacks));
}

module_init(rcuref_init);
module_exit(rcuref_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("RCU lists, call_rcu, kfree_rcu, rcu_barrier and refcount_t warnings");
