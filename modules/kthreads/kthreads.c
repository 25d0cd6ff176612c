// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel threads from a module, each in a state that does not depend on
 * timing, so that ps and /proc show the same thing on every kernel:
 *  - kobox_counter counts the events a write to the kick parameter
 *    sends it; the writer waits (a completion) until the thread has
 *    counted, so the log's order is fixed. It sleeps interruptibly
 *    (wait_event_interruptible) and is stopped at rmmod;
 *  - kobox_idle_with_a_long_name is created but never woken: it sleeps
 *    uninterruptibly until kthread_stop(), which returns -EINTR because
 *    its function never ran; its name is longer than comm;
 *  - kobox_bound is created, bound to CPU 0 (kthread_bind) and run; it
 *    sleeps until stopped and returns 7;
 *  - kobox_oneshot runs once and leaves with kthread_complete_and_exit();
 *    the module holds a task reference (get_task_struct) to read it
 *    after it is gone.
 */
#include <linux/init.h>
#include <linux/completion.h>
#include <linux/kthread.h>
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/wait.h>

static struct task_struct *counter, *idle, *bound, *oneshot;
static DECLARE_WAIT_QUEUE_HEAD(counter_wq);
static DECLARE_COMPLETION(counted);
static DECLARE_COMPLETION(oneshot_done);
static int pending, events;

static int counter_fn(void *data)
{
	while (!kthread_should_stop()) {
		if (wait_event_interruptible(counter_wq,
					     pending || kthread_should_stop()))
			pr_info("kthreads: counter woken by a signal\n");
		if (!pending)
			continue;
		pending--;
		events++;
		pr_info("kthreads: %s counted event %d\n", current->comm, events);
		complete(&counted);
	}
	pr_info("kthreads: %s stopping after %d events\n", current->comm, events);
	return events;
}

static int idle_fn(void *data)
{
	pr_info("kthreads: idle ran, which it never should\n");
	return 0;
}

static int bound_fn(void *data)
{
	set_current_state(TASK_INTERRUPTIBLE);
	while (!kthread_should_stop()) {
		schedule();
		set_current_state(TASK_INTERRUPTIBLE);
	}
	__set_current_state(TASK_RUNNING);
	return 7;
}

static int oneshot_fn(void *data)
{
	pr_info("kthreads: %s runs once, flags kthread %d\n", current->comm,
		!!(current->flags & PF_KTHREAD));
	kthread_complete_and_exit(&oneshot_done, 42);
}

static int kick_set(const char *val, const struct kernel_param *kp)
{
	pending++;
	wake_up_interruptible(&counter_wq);
	wait_for_completion(&counted);
	return 0;
}

static const struct kernel_param_ops kick_ops = {
	.set = kick_set,
};
module_param_cb(kick, &kick_ops, NULL, 0200);

static int __init kthreads_init(void)
{
	counter = kthread_run(counter_fn, NULL, "kobox_%s", "counter");
	if (IS_ERR(counter))
		return PTR_ERR(counter);
	idle = kthread_create(idle_fn, NULL, "kobox_idle_with_a_long_name");
	bound = kthread_create(bound_fn, NULL, "kobox_bound");
	kthread_bind(bound, 0);
	wake_up_process(bound);

	oneshot = kthread_create(oneshot_fn, NULL, "kobox_oneshot");
	get_task_struct(oneshot);
	wake_up_process(oneshot);
	wait_for_completion(&oneshot_done);
	pr_info("kthreads: oneshot said done, its name %s, a kthread %d\n",
		oneshot->comm, !!(oneshot->flags & PF_KTHREAD));
	pr_info("kthreads: kthread_stop(oneshot) = %d\n", kthread_stop(oneshot));
	put_task_struct(oneshot);
	return 0;
}

static void __exit kthreads_exit(void)
{
	pr_info("kthreads: kthread_stop(counter) = %d\n", kthread_stop(counter));
	pr_info("kthreads: kthread_stop(idle) = %d\n", kthread_stop(idle));
	pr_info("kthreads: kthread_stop(bound) = %d\n", kthread_stop(bound));
}

module_init(kthreads_init);
module_exit(kthreads_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kernel threads as ps and /proc show them");
