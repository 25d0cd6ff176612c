// SPDX-License-Identifier: GPL-2.0
/*
 * kthread workers from a module, with output that does not depend on
 * timing: each report waits (flush, cancel) for what it reports, and
 * works that must stay pending are queued behind a work that blocks
 * the worker until the module releases it.
 *  - init: a worker "kobox_kw", a CPU-bound "kobox_kw/0" and one the
 *    module starts itself on its own struct kthread_worker
 *    (kthread_init_worker(), kthread_run(kthread_worker_fn, ...));
 *    queueing a pending work again, flush and cancel of queued works,
 *    cancel of a running work (it cannot queue itself meanwhile), a
 *    delayed work with no delay, kthread_mod_delayed_work() of an idle
 *    work;
 *  - queue=N queues N works, which print in order, and flushes;
 *  - delay=MS queues the delayed work, mod=MS modifies it, cancel=1
 *    cancels it: each prints the call's result; the delayed work prints
 *    when it runs and whether it waited as long as it was asked to;
 *  - exit cancels the delayed work, destroys two workers and stops the
 *    third's thread.
 */
#include <linux/init.h>
#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/err.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/sched.h>
#include <linux/slab.h>

static struct kthread_worker *worker, *cpu_worker;
static struct kthread_worker own_worker;
static struct task_struct *own_task;

struct numbered {
	struct kthread_work work;
	int n;
};

static void numbered_fn(struct kthread_work *work)
{
	struct numbered *w = container_of(work, struct numbered, work);

	pr_info("kworkers: work %d ran in %s\n", w->n, current->comm);
}

/* Keeps the worker busy, so that what is queued after it stays pending. */
static DECLARE_COMPLETION(unblock);
static void blocker_fn(struct kthread_work *work)
{
	wait_for_completion(&unblock);
}

static int plain_runs;
static void plain_fn(struct kthread_work *work)
{
	plain_runs++;
}

static void where_fn(struct kthread_work *work)
{
	pr_info("kworkers: %s: cpu %d, kthread %d, no setaffinity %d, nice %d\n",
		current->comm, task_cpu(current),
		!!(current->flags & PF_KTHREAD),
		!!(current->flags & PF_NO_SETAFFINITY), task_nice(current));
}

/* Signals that it runs, so that it is running when it is cancelled. */
static DECLARE_COMPLETION(slow_started);
static int slow_done, slow_requeued;
static void slow_fn(struct kthread_work *work)
{
	complete(&slow_started);
	msleep(50);
	slow_requeued = kthread_queue_work(work->worker, work);
	slow_done = 1;
}

static void running_test(void)
{
	struct kthread_work slow;
	bool pending;

	kthread_init_work(&slow, slow_fn);
	kthread_queue_work(worker, &slow);
	wait_for_completion(&slow_started);
	pending = kthread_cancel_work_sync(&slow);
	pr_info("kworkers: cancel_work_sync of running work %d, finished %d, requeued meanwhile %d\n",
		pending, slow_done, slow_requeued);
}

/* The delayed work driven by the parameters. */
static unsigned long queued_at, asked_for;
static int delayed_runs;
static void delayed_fn(struct kthread_work *work)
{
	delayed_runs++;
	pr_info("kworkers: delayed work ran in %s, waited long enough %d\n",
		current->comm, time_after_eq(jiffies, queued_at + asked_for));
}
static DEFINE_KTHREAD_DELAYED_WORK(late, delayed_fn);

static void pending_tests(void)
{
	DEFINE_KTHREAD_WORK(blocker, blocker_fn);
	struct kthread_work a, b;
	bool first, again, cancelled;

	kthread_init_work(&a, plain_fn);
	kthread_init_work(&b, plain_fn);
	kthread_queue_work(worker, &blocker);
	first = kthread_queue_work(worker, &a);
	again = kthread_queue_work(worker, &a);
	kthread_queue_work(worker, &b);
	cancelled = kthread_cancel_work_sync(&b);
	pr_info("kworkers: queue_work %d, while pending %d, cancel_work_sync of queued work %d\n",
		first, again, cancelled);
	complete(&unblock);
	kthread_flush_work(&a);
	pr_info("kworkers: flush_work ran it, runs %d; cancel_work_sync of idle work %d\n",
		plain_runs, kthread_cancel_work_sync(&a));
	kthread_flush_work(&b);		/* idle: returns at once */
	pr_info("kworkers: queue_work after flush %d\n",
		kthread_queue_work(worker, &a));
	kthread_flush_worker(worker);
	pr_info("kworkers: flush_worker, runs %d\n", plain_runs);
}

static void delayed_tests(void)
{
	struct kthread_delayed_work now, idle;
	bool queued, modded, cancelled;

	kthread_init_delayed_work(&now, plain_fn);
	queued = kthread_queue_delayed_work(worker, &now, 0);
	kthread_flush_worker(worker);
	pr_info("kworkers: queue_delayed_work with no delay %d, ran %d, timer pending %d\n",
		queued, plain_runs == 3, timer_pending(&now.timer));

	kthread_init_delayed_work(&idle, plain_fn);
	modded = kthread_mod_delayed_work(worker, &idle, HZ * 60);
	pr_info("kworkers: mod_delayed_work of idle work %d, timer pending %d\n",
		modded, timer_pending(&idle.timer));
	cancelled = kthread_cancel_delayed_work_sync(&idle);
	pr_info("kworkers: cancel_delayed_work_sync %d, again %d, timer pending %d\n",
		cancelled, kthread_cancel_delayed_work_sync(&idle),
		timer_pending(&idle.timer));
}

static void run_where(struct kthread_worker *w)
{
	struct kthread_work work;

	kthread_init_work(&work, where_fn);
	kthread_queue_work(w, &work);
	kthread_flush_work(&work);
}

static int queue_set(const char *val, const struct kernel_param *kp)
{
	struct numbered *works;
	int n, i, ret;

	ret = kstrtoint(val, 0, &n);
	if (ret)
		return ret;
	if (n < 1 || n > 16)
		return -EINVAL;
	works = kcalloc(n, sizeof(*works), GFP_KERNEL);
	if (!works)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		kthread_init_work(&works[i].work, numbered_fn);
		works[i].n = i + 1;
		kthread_queue_work(worker, &works[i].work);
	}
	kthread_flush_worker(worker);
	pr_info("kworkers: queued %d, flushed\n", n);
	kfree(works);
	return 0;
}

static int delay_get_ms(const char *val, unsigned long *delay)
{
	unsigned int ms;
	int ret = kstrtouint(val, 0, &ms);

	if (ret)
		return ret;
	*delay = msecs_to_jiffies(ms);
	return 0;
}

static int delay_set(const char *val, const struct kernel_param *kp)
{
	unsigned long delay;
	bool queued;
	int ret = delay_get_ms(val, &delay);

	if (ret)
		return ret;
	queued = kthread_queue_delayed_work(worker, &late, delay);
	if (queued) {
		queued_at = jiffies;
		asked_for = delay;
	}
	pr_info("kworkers: queue_delayed_work %d, timer pending %d\n",
		queued, timer_pending(&late.timer));
	return 0;
}

static int mod_set(const char *val, const struct kernel_param *kp)
{
	unsigned long delay;
	bool pending;
	int ret = delay_get_ms(val, &delay);

	if (ret)
		return ret;
	pending = kthread_mod_delayed_work(worker, &late, delay);
	queued_at = jiffies;
	asked_for = delay;
	pr_info("kworkers: mod_delayed_work %d, timer pending %d\n",
		pending, timer_pending(&late.timer));
	return 0;
}

static int cancel_set(const char *val, const struct kernel_param *kp)
{
	pr_info("kworkers: cancel_delayed_work_sync %d, timer pending %d\n",
		kthread_cancel_delayed_work_sync(&late),
		timer_pending(&late.timer));
	return 0;
}

static const struct kernel_param_ops queue_ops = { .set = queue_set };
static const struct kernel_param_ops delay_ops = { .set = delay_set };
static const struct kernel_param_ops mod_ops = { .set = mod_set };
static const struct kernel_param_ops cancel_ops = { .set = cancel_set };
module_param_cb(queue, &queue_ops, NULL, 0200);
module_param_cb(delay, &delay_ops, NULL, 0200);
module_param_cb(mod, &mod_ops, NULL, 0200);
module_param_cb(cancel, &cancel_ops, NULL, 0200);
module_param(delayed_runs, int, 0444);

static int __init kworkers_init(void)
{
	worker = kthread_create_worker(0, "kobox_kw");
	if (IS_ERR(worker))
		return PTR_ERR(worker);
	cpu_worker = kthread_create_worker_on_cpu(0, 0, "kobox_kw/%d", 0);
	if (IS_ERR(cpu_worker)) {
		kthread_destroy_worker(worker);
		return PTR_ERR(cpu_worker);
	}
	kthread_init_worker(&own_worker);
	own_task = kthread_run(kthread_worker_fn, &own_worker, "kobox_kw_own");
	if (IS_ERR(own_task)) {
		kthread_destroy_worker(cpu_worker);
		kthread_destroy_worker(worker);
		return PTR_ERR(own_task);
	}
	run_where(worker);
	run_where(cpu_worker);
	run_where(&own_worker);
	pr_info("kworkers: own worker's task is its thread %d\n",
		own_worker.task == own_task);
	pending_tests();
	running_test();
	delayed_tests();
	return 0;
}

static void __exit kworkers_exit(void)
{
	kthread_cancel_delayed_work_sync(&late);
	kthread_destroy_worker(cpu_worker);
	kthread_destroy_worker(worker);
	kthread_flush_worker(&own_worker);
	pr_info("kworkers: workers destroyed, own thread stopped %d, task cleared %d\n",
		kthread_stop(own_task), !own_worker.task);
}

module_init(kworkers_init);
module_exit(kworkers_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kthread workers: queueing, delays, flush, cancel");
