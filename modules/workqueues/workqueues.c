// SPDX-License-Identifier: GPL-2.0
/*
 * Workqueues from a module, with output that does not depend on timing:
 * every test waits (flush, cancel, completion) for what it reports, and
 * on one CPU without kernel preemption nothing runs between two queue
 * calls of the insmod task. A kworker's number depends on how many the
 * kernel has made so far, so names are printed with it replaced by N
 * ("kworker/0:NH"); the pool and priority parts are kept. Whether a
 * woken kworker runs before the queueing task reaches flush_work()
 * depends on the scheduler, so the items that flush_work() reports on
 * sleep 20 ms: it finds them queued or running either way (true).
 *  - init: the system workqueues and two of the module's (kobox_wq with a
 *    rescuer, and an ordered one); queueing twice, cancelling queued
 *    work, a work item that sleeps until another item on the same
 *    workqueue wakes it (the pool starts a second kworker), delayed
 *    work flushed, cancelled and modified, drain of self-requeueing work;
 *  - a write to the queue parameter queues work and waits for it;
 *  - block=1 queues work that waits in D state until release=1, so that
 *    ps shows the kworker running it (kworker/0:N+kobox_wq).
 */
#include <linux/init.h>
#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/workqueue.h>

static struct workqueue_struct *kobox_wq, *ordered_wq, *unbound_hi_wq;

/* "kworker/0:3H" -> "kworker/0:NH" */
static const char *worker_name(char *buf, size_t size)
{
	const char *colon = strchr(current->comm, ':');
	const char *rest;

	if (!colon)
		return current->comm;
	rest = colon + 1;
	while (*rest >= '0' && *rest <= '9')
		rest++;
	snprintf(buf, size, "%.*sN%s", (int)(colon + 1 - current->comm),
		 current->comm, rest);
	return buf;
}

struct probe {
	struct work_struct work;
	const char *what;
};

static void probe_fn(struct work_struct *work)
{
	struct probe *p = container_of(work, struct probe, work);
	char name[TASK_COMM_LEN + 2];

	pr_info("workqueues: %s ran in %s, nice %d, task %d, wq worker %d, current_work %d\n",
		p->what, worker_name(name, sizeof(name)), task_nice(current),
		in_task(), !!(current->flags & PF_WQ_WORKER), current_work() == work);
}

static void run_probe(struct workqueue_struct *wq, const char *what)
{
	struct probe p = { .what = what };

	INIT_WORK(&p.work, probe_fn);
	queue_work(wq, &p.work);
	flush_work(&p.work);
}

/* ordering on an ordered workqueue */
static char order_log[32];
struct step {
	struct work_struct work;
	char id;
};
static struct step steps[4];

static void step_fn(struct work_struct *work)
{
	struct step *s = container_of(work, struct step, work);
	size_t len = strlen(order_log);

	order_log[len] = s->id;
	order_log[len + 1] = '\0';
}

/* a sleeping item and the item that wakes it, on one bound workqueue */
static DECLARE_COMPLETION(waker_done);
static char sleeper_comm[TASK_COMM_LEN], waker_comm[TASK_COMM_LEN];

static void sleeper_fn(struct work_struct *work)
{
	strscpy(sleeper_comm, current->comm, sizeof(sleeper_comm));
	wait_for_completion(&waker_done);
}

static void waker_fn(struct work_struct *work)
{
	strscpy(waker_comm, current->comm, sizeof(waker_comm));
	complete(&waker_done);
}

static DECLARE_WORK(sleeper, sleeper_fn);
static DECLARE_WORK(waker, waker_fn);

/* counted items */
static int counted_runs;
static void counted_fn(struct work_struct *work)
{
	msleep(20);
	counted_runs++;
}
static DECLARE_WORK(counted, counted_fn);

static int delayed_runs;
static void delayed_fn(struct work_struct *work)
{
	msleep(20);
	delayed_runs++;
}
static struct delayed_work dwork;

/* work that queues itself again until it has run four times */
static int chain_runs;
static void chain_fn(struct work_struct *work);
static DECLARE_WORK(chain, chain_fn);
static void chain_fn(struct work_struct *work)
{
	if (++chain_runs < 4)
		queue_work(kobox_wq, &chain);
}

static void test_system_queues(void)
{
	run_probe(system_wq, "system_wq");
	run_probe(system_highpri_wq, "system_highpri_wq");
	run_probe(system_long_wq, "system_long_wq");
	run_probe(system_unbound_wq, "system_unbound_wq");
	run_probe(system_freezable_wq, "system_freezable_wq");
	run_probe(system_power_efficient_wq, "system_power_efficient_wq");
	run_probe(kobox_wq, "kobox_wq");
	run_probe(ordered_wq, "kobox_ordered");
	run_probe(unbound_hi_wq, "kobox_unbound_hi");
}

/* Each call's result is taken before it is printed: C leaves argument order open. */
static void test_queue_and_cancel(void)
{
	bool a, b;

	a = schedule_work(&counted);
	b = schedule_work(&counted);
	pr_info("workqueues: queue_work %d then %d, pending %d, busy %u\n", a, b,
		work_pending(&counted), work_busy(&counted));
	a = cancel_work_sync(&counted);
	pr_info("workqueues: cancel_work_sync of queued work %d, pending %d, runs %d\n",
		a, work_pending(&counted), counted_runs);
	a = flush_work(&counted);
	b = cancel_work_sync(&counted);
	pr_info("workqueues: flush_work of idle work %d, cancel_work_sync %d\n", a, b);
	schedule_work(&counted);
	a = flush_work(&counted);
	pr_info("workqueues: flush_work of queued work %d, runs %d, busy %u\n",
		a, counted_runs, work_busy(&counted));
	schedule_work(&counted);
	a = cancel_work(&counted);
	b = cancel_work(&counted);
	pr_info("workqueues: cancel_work of queued work %d, again %d, runs %d\n",
		a, b, counted_runs);
}

static void test_ordered(void)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(steps); i++) {
		steps[i].id = 'a' + i;
		INIT_WORK(&steps[i].work, step_fn);
		queue_work(ordered_wq, &steps[i].work);
	}
	flush_workqueue(ordered_wq);
	pr_info("workqueues: ordered workqueue ran %s\n", order_log);
}

static void test_sleeper(void)
{
	queue_work(kobox_wq, &sleeper);
	queue_work(kobox_wq, &waker);
	flush_workqueue(kobox_wq);
	pr_info("workqueues: a sleeping item was woken by the next one, on another kworker %d\n",
		strcmp(sleeper_comm, waker_comm) != 0);
}

static void test_delayed(void)
{
	bool a, b;

	INIT_DELAYED_WORK(&dwork, delayed_fn);
	a = queue_delayed_work(kobox_wq, &dwork, 10 * HZ);
	pr_info("workqueues: delayed work queued %d, pending %d, timer pending %d\n",
		a, delayed_work_pending(&dwork), timer_pending(&dwork.timer));
	a = flush_delayed_work(&dwork);
	pr_info("workqueues: flush_delayed_work %d, runs %d, pending %d\n",
		a, delayed_runs, delayed_work_pending(&dwork));

	queue_delayed_work(kobox_wq, &dwork, 10 * HZ);
	a = cancel_delayed_work_sync(&dwork);
	b = cancel_delayed_work_sync(&dwork);
	pr_info("workqueues: cancel_delayed_work_sync %d, runs %d, again %d\n",
		a, delayed_runs, b);

	queue_delayed_work(kobox_wq, &dwork, 10 * HZ);
	a = cancel_delayed_work(&dwork);
	pr_info("workqueues: cancel_delayed_work %d, timer pending %d\n",
		a, timer_pending(&dwork.timer));

	a = mod_delayed_work(kobox_wq, &dwork, 10 * HZ);
	pr_info("workqueues: mod_delayed_work of idle work %d, timer pending %d\n",
		a, timer_pending(&dwork.timer));
	a = mod_delayed_work(kobox_wq, &dwork, 0);
	pr_info("workqueues: mod_delayed_work to now %d, timer pending %d\n",
		a, timer_pending(&dwork.timer));
	a = flush_work(&dwork.work);
	pr_info("workqueues: flush_work %d, runs %d\n", a, delayed_runs);

	queue_delayed_work(system_wq, &dwork, 1);
	a = flush_delayed_work(&dwork);
	pr_info("workqueues: a one-jiffy delay, flushed %d, runs %d\n", a, delayed_runs);
}

static void test_drain(void)
{
	queue_work(kobox_wq, &chain);
	drain_workqueue(kobox_wq);
	pr_info("workqueues: drain_workqueue of work that requeues itself: %d runs, pending %d\n",
		chain_runs, work_pending(&chain));
}

/* a write to /sys/module/workqueues/parameters/queue */
static struct probe param_probe = { .what = "work from a parameter write" };

static int queue_set(const char *val, const struct kernel_param *kp)
{
	queue_work(kobox_wq, &param_probe.work);
	flush_work(&param_probe.work);
	return 0;
}

static const struct kernel_param_ops queue_ops = { .set = queue_set };
module_param_cb(queue, &queue_ops, NULL, 0200);

/* block=1: a kworker waits in D state until release=1 */
static DECLARE_COMPLETION(blocked_started);
static DECLARE_COMPLETION(blocked_release);
static void blocked_fn(struct work_struct *work)
{
	complete(&blocked_started);
	wait_for_completion(&blocked_release);
	msleep(20);
	pr_info("workqueues: blocked work released\n");
}
static DECLARE_WORK(blocked, blocked_fn);

static int block_set(const char *val, const struct kernel_param *kp)
{
	queue_work(kobox_wq, &blocked);
	wait_for_completion(&blocked_started);
	return 0;
}

static int release_set(const char *val, const struct kernel_param *kp)
{
	complete(&blocked_release);
	pr_info("workqueues: flush_work of the blocked work %d\n", flush_work(&blocked));
	return 0;
}

static const struct kernel_param_ops block_ops = { .set = block_set };
static const struct kernel_param_ops release_ops = { .set = release_set };
module_param_cb(block, &block_ops, NULL, 0200);
module_param_cb(release, &release_ops, NULL, 0200);

static int __init workqueues_init(void)
{
	kobox_wq = alloc_workqueue("kobox_wq", WQ_MEM_RECLAIM, 0);
	ordered_wq = alloc_ordered_workqueue("kobox_ordered", 0);
	unbound_hi_wq = alloc_workqueue("kobox_unbound_hi", WQ_UNBOUND | WQ_HIGHPRI, 0);
	if (!kobox_wq || !ordered_wq || !unbound_hi_wq)
		goto fail;
	INIT_WORK(&param_probe.work, probe_fn);

	test_system_queues();
	test_queue_and_cancel();
	test_ordered();
	test_sleeper();
	test_delayed();
	test_drain();
	return 0;
fail:
	if (unbound_hi_wq)
		destroy_workqueue(unbound_hi_wq);
	if (ordered_wq)
		destroy_workqueue(ordered_wq);
	if (kobox_wq)
		destroy_workqueue(kobox_wq);
	return -ENOMEM;
}

static void __exit workqueues_exit(void)
{
	destroy_workqueue(unbound_hi_wq);
	destroy_workqueue(ordered_wq);
	destroy_workqueue(kobox_wq);
	pr_info("workqueues: destroyed\n");
}

module_init(workqueues_init);
module_exit(workqueues_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("workqueues, kworkers and delayed work");
