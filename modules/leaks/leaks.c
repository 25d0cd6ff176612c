// SPDX-License-Identifier: GPL-2.0
/*
 * A module that leaves something running when it is unloaded, as a buggy
 * driver does, so that the kernel's report of it can be compared:
 *   - work=1: a delayed work item (kmalloc'd, so that the item itself
 *     stays valid) due 1 s after init on system_wq; exit does not cancel
 *     it, so a kworker calls its function after the module's text is gone;
 *   - wq=1: the same on a workqueue of the module's own that exit does not
 *     destroy;
 *   - thread=1: a kernel thread that sleeps 100 ms at a time until
 *     kthread_should_stop(); exit does not stop it, so it returns from
 *     msleep() into freed text;
 *   - late=1: exit destroys a workqueue of its own while its timer queues
 *     work on it (not from the workqueue's own work), which the drain
 *     refuses with a warning, as Linux's does.
 * The timer_list case is modules/timers leak=1.
 */
#include <linux/init.h>
#include <linux/jiffies.h>
#include <linux/kthread.h>
#include <linux/delay.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/workqueue.h>

static bool work;
module_param(work, bool, 0444);
MODULE_PARM_DESC(work, "leave delayed work due in 1 s on system_wq at rmmod");

static bool wq;
module_param(wq, bool, 0444);
MODULE_PARM_DESC(wq, "leave delayed work due in 1 s on an undestroyed workqueue at rmmod");

static bool thread;
module_param(thread, bool, 0444);
MODULE_PARM_DESC(thread, "leave a kernel thread running at rmmod");

static bool late;
module_param(late, bool, 0444);
MODULE_PARM_DESC(late, "at rmmod, queue work on a workqueue being destroyed");

static void leaked_work_fn(struct work_struct *w)
{
	pr_info("leaks: work ran\n");
}

static int leaked_thread_fn(void *data)
{
	while (!kthread_should_stop())
		msleep(100);
	return 0;
}

static int leave_work(struct workqueue_struct *target)
{
	struct delayed_work *dw = kmalloc(sizeof(*dw), GFP_KERNEL);

	if (!dw)
		return -ENOMEM;
	INIT_DELAYED_WORK(dw, leaked_work_fn);
	queue_delayed_work(target, dw, msecs_to_jiffies(1000));
	return 0;
}

/* late=1: a slow item keeps the drain busy while the timer queues another */
static struct workqueue_struct *late_wq;
static struct timer_list late_timer;

static void slow_fn(struct work_struct *w)
{
	msleep(100);
}

static void refused_fn(struct work_struct *w)
{
	pr_info("leaks: work queued during the drain ran\n");
}

static DECLARE_WORK(slow, slow_fn);
static DECLARE_WORK(refused, refused_fn);

static void late_timer_fn(struct timer_list *t)
{
	pr_info("leaks: queue_work during the drain: %d\n", queue_work(late_wq, &refused));
}

static void destroy_while_queueing(void)
{
	queue_work(late_wq, &slow);
	mod_timer(&late_timer, jiffies + msecs_to_jiffies(20));
	destroy_workqueue(late_wq);
	del_timer_sync(&late_timer);
	pr_info("leaks: destroyed kobox_late\n");
}

static int __init leaks_init(void)
{
	struct workqueue_struct *own;
	struct task_struct *t;
	int ret;

	if (work) {
		ret = leave_work(system_wq);
		if (ret)
			return ret;
		pr_info("leaks: left delayed work on system_wq for 1 s\n");
	}
	if (wq) {
		own = alloc_workqueue("kobox_leak", 0, 0);
		if (!own)
			return -ENOMEM;
		ret = leave_work(own);
		if (ret) {
			destroy_workqueue(own);
			return ret;
		}
		pr_info("leaks: left delayed work on kobox_leak for 1 s\n");
	}
	if (late) {
		late_wq = alloc_workqueue("kobox_late", 0, 0);
		if (!late_wq)
			return -ENOMEM;
		timer_setup(&late_timer, late_timer_fn, 0);
	}
	if (thread) {
		t = kthread_run(leaked_thread_fn, NULL, "kobox_leak");
		if (IS_ERR(t))
			return PTR_ERR(t);
		pr_info("leaks: left a kernel thread running\n");
	}
	return 0;
}

static void __exit leaks_exit(void)
{
	if (late)
		destroy_while_queueing();
	pr_info("leaks: exit leaves it all behind\n");
}

module_init(leaks_init);
module_exit(leaks_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("work, workqueues and kernel threads left behind at rmmod");
