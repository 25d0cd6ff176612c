// SPDX-License-Identifier: GPL-2.0
/*
 * Sleeping locks contended between kernel threads, and the lock kinds a
 * CPU cannot contend with itself. The threads keep to a timetable of
 * msleep()s 100 ms apart, so who waits for whom, and the order of the
 * lines, is the same on every kernel:
 *
 *   0 ms  kobox_writer takes the rwsem for writing
 * 100 ms  kobox_reader asks to read: it sleeps (ps shows D)
 * 150 ms  kobox_writer2 asks to write: it queues behind the reader
 * 200 ms  kobox_writer downgrades to a reader: the queued reader gets in
 *         with it, the second writer still waits
 * 400 ms  kobox_writer stops reading
 * 450 ms  kobox_reader stops reading: the second writer gets it for 100 ms
 *
 * A rwlock on one CPU is never found taken (its holder cannot sleep or
 * be preempted), so the two rwlock threads take turns: each bumps a pair
 * of counters under the write lock and checks them under the read lock.
 * Semaphores, mutex_lock_killable() and down_interruptible() are driven
 * from the shell through a parameter and a proc file.
 */
#include <linux/init.h>
#include <linux/delay.h>
#include <linux/kthread.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/rwsem.h>
#include <linux/sched.h>
#include <linux/semaphore.h>
#include <linux/spinlock.h>
#include <linux/string.h>

static DECLARE_RWSEM(static_sem);
static struct rw_semaphore sem;
static DEFINE_RWLOCK(pair_lock);
static struct semaphore slots;
static DEFINE_SEMAPHORE(gate);
static DEFINE_MUTEX(held);
static struct task_struct *writer, *reader, *writer2, *rw_a, *rw_b, *holder;
static unsigned long pair[2];
static int rw_checks, rw_bad;

#define say(fmt, ...) pr_info("contend: %s: " fmt "\n", current->comm, ##__VA_ARGS__)

static int writer_fn(void *data)
{
	down_write(&sem);
	say("writing, locked %d", rwsem_is_locked(&sem));
	msleep(200);
	say("downgrading, contended %d", rwsem_is_contended(&sem));
	downgrade_write(&sem);
	msleep(200);
	say("done reading");
	up_read(&sem);
	while (!kthread_should_stop())
		msleep(20);
	return 0;
}

static int reader_fn(void *data)
{
	msleep(100);
	say("wants to read, trylock %d", down_read_trylock(&sem));
	down_read(&sem);
	say("reading");
	msleep(250);
	say("done reading");
	up_read(&sem);
	while (!kthread_should_stop())
		msleep(20);
	return 0;
}

static int writer2_fn(void *data)
{
	msleep(150);
	say("wants to write, trylock %d", down_write_trylock(&sem));
	down_write(&sem);
	say("writing");
	msleep(100);
	up_write(&sem);
	say("done, locked %d", rwsem_is_locked(&sem));
	while (!kthread_should_stop())
		msleep(20);
	return 0;
}

static int rwlock_fn(void *data)
{
	int i;

	for (i = 0; i < 50 && !kthread_should_stop(); i++) {
		write_lock(&pair_lock);
		pair[0]++;
		pair[1]++;
		write_unlock(&pair_lock);
		msleep(1);
		read_lock(&pair_lock);
		read_lock(&pair_lock);		/* readers nest */
		rw_checks++;
		if (pair[0] != pair[1])
			rw_bad++;
		read_unlock(&pair_lock);
		read_unlock(&pair_lock);
		cond_resched();
	}
	while (!kthread_should_stop())
		msleep(20);
	return i;
}

/* Holds the mutex until stopped, for mutex_lock_killable() to wait on. */
static int holder_fn(void *data)
{
	mutex_lock(&held);
	while (!kthread_should_stop())
		msleep(20);
	mutex_unlock(&held);
	return 0;
}

/* val is word, maybe with echo's newline */
static bool is(const char *val, const char *word)
{
	size_t n = strlen(word);

	return !strncmp(val, word, n) && (!val[n] || !strcmp(val + n, "\n"));
}

/* Actions that do not sleep: under the parameter lock, as every set() is. */
static int act_set(const char *val, const struct kernel_param *kp)
{
	if (is(val, "slots")) {
		/* two units: the third taker has to wait, or try and fail */
		sema_init(&slots, 2);
		say("down %d %d, trylock %d", down_trylock(&slots),
		    down_trylock(&slots), down_trylock(&slots));
		say("down_timeout %d", down_timeout(&slots, HZ / 10));
		up(&slots);
		say("after up, trylock %d, count %u", down_trylock(&slots),
		    slots.count);
		up(&slots);
		up(&slots);
		say("count %u", slots.count);
	} else if (is(val, "open")) {
		up(&gate);
	} else {
		return -EINVAL;
	}
	return 0;
}

/*
 * Waits that may sleep long: reading /proc/kobox_contend does the one
 * the what parameter names (a parameter's set() would hold the
 * parameter lock while it sleeps, and no other write could wake it).
 */
static char what[16] = "gate";
module_param_string(what, what, sizeof(what), 0644);

static int wait_show(struct seq_file *m, void *v)
{
	int ret;

	if (is(what, "gate")) {
		ret = down_interruptible(&gate);
		say("down_interruptible(gate) %d", ret);
	} else if (is(what, "killable")) {
		ret = mutex_lock_killable(&held);
		say("mutex_lock_killable %d", ret);
		if (!ret)
			mutex_unlock(&held);
	} else if (is(what, "read_killable")) {
		down_write(&static_sem);
		say("static rwsem held for writing");
		ret = down_read_killable(&static_sem);
		say("down_read_killable %d", ret);
		up_write(&static_sem);
	} else {
		return -EINVAL;
	}
	return ret;
}

static const struct kernel_param_ops act_ops = {
	.set = act_set,
};
module_param_cb(act, &act_ops, NULL, 0200);

static struct task_struct *start(int (*fn)(void *), const char *name)
{
	return kthread_run(fn, NULL, "%s", name);
}

static int __init contend_init(void)
{
	init_rwsem(&sem);
	writer = start(writer_fn, "kobox_writer");
	reader = start(reader_fn, "kobox_reader");
	writer2 = start(writer2_fn, "kobox_writer2");
	rw_a = start(rwlock_fn, "kobox_rw_a");
	rw_b = start(rwlock_fn, "kobox_rw_b");
	holder = start(holder_fn, "kobox_holder");
	if (!proc_create_single("kobox_contend", 0444, NULL, wait_show))
		return -ENOMEM;
	return 0;
}

static void __exit contend_exit(void)
{
	int a, b;

	remove_proc_entry("kobox_contend", NULL);
	a = kthread_stop(rw_a);
	b = kthread_stop(rw_b);

	kthread_stop(writer);
	kthread_stop(reader);
	kthread_stop(writer2);
	kthread_stop(holder);
	pr_info("contend: rwlock rounds %d and %d, %d checks, %d torn, pair %lu %lu\n",
		a, b, rw_checks, rw_bad, pair[0], pair[1]);
}

module_init(contend_init);
module_exit(contend_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("rw semaphores contended between kernel threads, rwlocks, semaphores");
