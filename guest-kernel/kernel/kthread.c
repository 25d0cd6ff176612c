// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel threads. kthread_create_on_node() queues a request for kthreadd
 * (PID 2), which forks the thread from its own clean context (no user
 * memory, all signals ignored, PF_NOFREEZE); the new thread tells its
 * creator it exists and sleeps uninterruptibly until woken
 * (kthread_run() wakes it at once), then runs its function. It ends by
 * returning from it or with kthread_exit(); kthread_stop() asks it to
 * end (kthread_should_stop()) and waits until it has, through the
 * completion the exit path completes (current->vfork_done).
 *
 * kthread workers: a thread that runs kthread_works in the order they
 * were queued. A delayed work waits on the worker's delayed_work_list
 * while its timer runs; the timer moves it to work_list. A work counts
 * its running cancels in ->canceling, during which it cannot be queued.
 * There is no freezer, so KTW_FREEZABLE changes nothing.
 */
#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/bitops.h>
#include <linux/completion.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/kthread.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/timer.h>

struct task_struct *kthreadd_task;

enum KTHREAD_BITS {
	KTHREAD_IS_PER_CPU = 0,
	KTHREAD_SHOULD_STOP,
	KTHREAD_SHOULD_PARK,
};

struct kthread {
	unsigned long flags;		/* 1 << KTHREAD_* */
	unsigned int cpu;
	int result;
	int (*threadfn)(void *);
	void *data;
	struct completion parked;
	struct completion exited;
	char *full_name;		/* when the name is longer than comm */
};

struct kthread_create_info {
	int (*threadfn)(void *data);
	void *data;
	int node;
	struct task_struct *result;	/* from kthreadd to the creator */
	struct completion *done;	/* NULL once the creator gave up */
	struct list_head list;
};

static DEFINE_SPINLOCK(kthread_create_lock);
static LIST_HEAD(kthread_create_list);

static struct kthread *to_kthread(struct task_struct *k)
{
	WARN_ON(!(k->flags & PF_KTHREAD));
	return k->worker_private;
}

/* copy_process() gives every kernel thread one. */
bool set_kthread_struct(struct task_struct *p)
{
	struct kthread *kthread = kzalloc(sizeof(*kthread), GFP_KERNEL);

	if (!kthread)
		return false;
	init_completion(&kthread->exited);
	init_completion(&kthread->parked);
	p->vfork_done = &kthread->exited;
	p->worker_private = kthread;
	return true;
}

void free_kthread_struct(struct task_struct *k)
{
	struct kthread *kthread = k->worker_private;

	if (!kthread)
		return;
	k->worker_private = NULL;
	kfree(kthread->full_name);
	kfree(kthread);
}

void get_kthread_comm(char *buf, size_t buf_size, struct task_struct *tsk)
{
	struct kthread *kthread = to_kthread(tsk);

	if (!kthread || !kthread->full_name) {
		strscpy(buf, tsk->comm, min(buf_size, (size_t)TASK_COMM_LEN));
		return;
	}
	strscpy(buf, kthread->full_name, buf_size);
}

bool kthread_should_stop(void)
{
	return test_bit(KTHREAD_SHOULD_STOP, &to_kthread(current)->flags);
}
EXPORT_SYMBOL(kthread_should_stop);

/* For code that may run in any task (wait_woken()). */
bool is_kthread_should_stop(void)
{
	struct kthread *kthread = (current->flags & PF_KTHREAD) ?
				  current->worker_private : NULL;

	return kthread && test_bit(KTHREAD_SHOULD_STOP, &kthread->flags);
}

bool __kthread_should_park(struct task_struct *k)
{
	return test_bit(KTHREAD_SHOULD_PARK, &to_kthread(k)->flags);
}
EXPORT_SYMBOL_GPL(__kthread_should_park);

bool kthread_should_park(void)
{
	return __kthread_should_park(current);
}
EXPORT_SYMBOL_GPL(kthread_should_park);

void *kthread_func(struct task_struct *task)
{
	if (task->flags & PF_KTHREAD)
		return to_kthread(task)->threadfn;
	return NULL;
}
EXPORT_SYMBOL_GPL(kthread_func);

void *kthread_data(struct task_struct *task)
{
	return to_kthread(task)->data;
}
EXPORT_SYMBOL_GPL(kthread_data);

static void __kthread_parkme(struct kthread *self)
{
	for (;;) {
		set_current_state(TASK_PARKED);
		if (!test_bit(KTHREAD_SHOULD_PARK, &self->flags))
			break;
		complete(&self->parked);
		schedule();
	}
	__set_current_state(TASK_RUNNING);
}

void kthread_parkme(void)
{
	__kthread_parkme(to_kthread(current));
}
EXPORT_SYMBOL_GPL(kthread_parkme);

void __noreturn kthread_exit(long result)
{
	to_kthread(current)->result = result;
	do_exit(0);
}

void __noreturn kthread_complete_and_exit(struct completion *comp, long code)
{
	if (comp)
		complete(comp);
	kthread_exit(code);
}
EXPORT_SYMBOL(kthread_complete_and_exit);

/* The first code of every kernel thread kthreadd forks. */
static int kthread(void *_create)
{
	struct kthread_create_info *create = _create;
	int (*threadfn)(void *data) = create->threadfn;
	void *data = create->data;
	struct kthread *self = to_kthread(current);
	struct completion *done;
	int ret;

	/* The creator was killed while it waited: nobody wants us. */
	done = xchg(&create->done, NULL);
	if (!done) {
		kfree(create);
		kthread_exit(-EINTR);
	}
	self->threadfn = threadfn;
	self->data = data;

	/* Tell the creator, then wait to be woken or stopped. */
	__set_current_state(TASK_UNINTERRUPTIBLE);
	create->result = current;
	complete(done);
	schedule();

	ret = -EINTR;
	if (!test_bit(KTHREAD_SHOULD_STOP, &self->flags)) {
		__kthread_parkme(self);
		ret = threadfn(data);
	}
	kthread_exit(ret);
}

static void create_kthread(struct kthread_create_info *create)
{
	int pid = kernel_thread(kthread, create, CLONE_FS | CLONE_FILES | SIGCHLD);

	if (pid < 0) {
		struct completion *done = xchg(&create->done, NULL);

		if (!done) {
			kfree(create);
			return;
		}
		create->result = ERR_PTR(pid);
		complete(done);
	}
}

static struct task_struct *__kthread_create_on_node(int (*threadfn)(void *data),
						    void *data, int node,
						    const char namefmt[],
						    va_list args)
{
	DECLARE_COMPLETION_ONSTACK(done);
	struct kthread_create_info *create = kmalloc(sizeof(*create), GFP_KERNEL);
	struct task_struct *task;

	if (!create)
		return ERR_PTR(-ENOMEM);
	create->threadfn = threadfn;
	create->data = data;
	create->node = node;
	create->done = &done;

	spin_lock(&kthread_create_lock);
	list_add_tail(&create->list, &kthread_create_list);
	spin_unlock(&kthread_create_lock);
	wake_up_process(kthreadd_task);

	/*
	 * Killed while waiting (the OOM killer, say): leave the request to
	 * kthreadd and the new thread, which free it.
	 */
	if (unlikely(wait_for_completion_killable(&done))) {
		if (xchg(&create->done, NULL))
			return ERR_PTR(-EINTR);
		wait_for_completion(&done);
	}
	task = create->result;
	if (!IS_ERR(task)) {
		char name[TASK_COMM_LEN];
		va_list aq;
		int len;

		va_copy(aq, args);
		len = vsnprintf(name, sizeof(name), namefmt, aq);
		va_end(aq);
		if (len >= TASK_COMM_LEN)
			to_kthread(task)->full_name = kvasprintf(GFP_KERNEL,
								 namefmt, args);
		__set_task_comm(task, name);
	}
	kfree(create);
	return task;
}

struct task_struct *kthread_create_on_node(int (*threadfn)(void *data),
					   void *data, int node,
					   const char namefmt[], ...)
{
	struct task_struct *task;
	va_list args;

	va_start(args, namefmt);
	task = __kthread_create_on_node(threadfn, data, node, namefmt, args);
	va_end(args);
	return task;
}
EXPORT_SYMBOL(kthread_create_on_node);

/*
 * Wait until p is off the CPU in state: on one CPU a task that is not
 * current is off it, so this only checks the state.
 */
static bool wait_task_inactive(struct task_struct *p, unsigned int state)
{
	return p != current && READ_ONCE(p->__state) == state;
}

static void __kthread_bind(struct task_struct *p, unsigned int cpu,
			   unsigned int state)
{
	if (!wait_task_inactive(p, state)) {
		WARN_ON(1);
		return;
	}
	/* CPU 0 is the only one: nothing to move */
	p->thread_info.cpu = cpu;
	p->flags |= PF_NO_SETAFFINITY;
}

void kthread_bind(struct task_struct *p, unsigned int cpu)
{
	__kthread_bind(p, cpu, TASK_UNINTERRUPTIBLE);
}
EXPORT_SYMBOL(kthread_bind);

struct task_struct *kthread_create_on_cpu(int (*threadfn)(void *data),
					  void *data, unsigned int cpu,
					  const char *namefmt)
{
	struct task_struct *p;

	p = kthread_create_on_node(threadfn, data, 0, namefmt, cpu);
	if (IS_ERR(p))
		return p;
	kthread_bind(p, cpu);
	set_bit(KTHREAD_IS_PER_CPU, &to_kthread(p)->flags);
	to_kthread(p)->cpu = cpu;
	return p;
}
EXPORT_SYMBOL(kthread_create_on_cpu);

void kthread_unpark(struct task_struct *k)
{
	struct kthread *kthread = to_kthread(k);

	if (test_bit(KTHREAD_IS_PER_CPU, &kthread->flags))
		__kthread_bind(k, kthread->cpu, TASK_PARKED);
	clear_bit(KTHREAD_SHOULD_PARK, &kthread->flags);
	wake_up_state(k, TASK_PARKED);
}
EXPORT_SYMBOL_GPL(kthread_unpark);

int kthread_park(struct task_struct *k)
{
	struct kthread *kthread = to_kthread(k);

	if (WARN_ON(k->flags & PF_EXITING))
		return -ENOSYS;
	if (WARN_ON_ONCE(test_bit(KTHREAD_SHOULD_PARK, &kthread->flags)))
		return -EBUSY;
	set_bit(KTHREAD_SHOULD_PARK, &kthread->flags);
	if (k != current) {
		wake_up_process(k);
		wait_for_completion(&kthread->parked);
		WARN_ON_ONCE(!wait_task_inactive(k, TASK_PARKED));
	}
	return 0;
}
EXPORT_SYMBOL_GPL(kthread_park);

/*
 * Ask k to stop and wait until it has exited: its function's return
 * value, or -EINTR if it was stopped before it ever ran. The flag
 * TIF_NOTIFY_SIGNAL ends interruptible waits in k as a signal would.
 */
int kthread_stop(struct task_struct *k)
{
	struct kthread *kthread;
	int ret;

	get_task_struct(k);
	kthread = to_kthread(k);
	set_bit(KTHREAD_SHOULD_STOP, &kthread->flags);
	kthread_unpark(k);
	set_tsk_thread_flag(k, TIF_NOTIFY_SIGNAL);
	wake_up_process(k);
	wait_for_completion(&kthread->exited);
	ret = kthread->result;
	put_task_struct(k);
	return ret;
}
EXPORT_SYMBOL(kthread_stop);

/* PID 2: forks the kernel threads asked for, from a clean context. */
int kthreadd(void *unused)
{
	struct task_struct *tsk = current;

	__set_task_comm(tsk, "kthreadd");
	ignore_signals(tsk);
	tsk->flags |= PF_NOFREEZE;

	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (list_empty(&kthread_create_list))
			schedule();
		__set_current_state(TASK_RUNNING);

		spin_lock(&kthread_create_lock);
		while (!list_empty(&kthread_create_list)) {
			struct kthread_create_info *create;

			create = list_first_entry(&kthread_create_list,
						  struct kthread_create_info, list);
			list_del_init(&create->list);
			spin_unlock(&kthread_create_lock);
			create_kthread(create);
			spin_lock(&kthread_create_lock);
		}
		spin_unlock(&kthread_create_lock);
	}
	return 0;
}

void __kthread_init_worker(struct kthread_worker *worker, const char *name,
			   struct lock_class_key *key)
{
	memset(worker, 0, sizeof(*worker));
	raw_spin_lock_init(&worker->lock);
	INIT_LIST_HEAD(&worker->work_list);
	INIT_LIST_HEAD(&worker->delayed_work_list);
}
EXPORT_SYMBOL_GPL(__kthread_init_worker);

/* The worker thread: run queued works one by one until stopped. */
int kthread_worker_fn(void *worker_ptr)
{
	struct kthread_worker *worker = worker_ptr;
	struct kthread_work *work;

	/* Workers made without kthread_create_worker() learn their task here. */
	WARN_ON(worker->task && worker->task != current);
	worker->task = current;

	for (;;) {
		/* Before the checks: a wake-up after them is not lost. */
		set_current_state(TASK_INTERRUPTIBLE);
		if (kthread_should_stop()) {
			__set_current_state(TASK_RUNNING);
			raw_spin_lock_irq(&worker->lock);
			worker->task = NULL;
			raw_spin_unlock_irq(&worker->lock);
			return 0;
		}

		work = NULL;
		raw_spin_lock_irq(&worker->lock);
		if (!list_empty(&worker->work_list)) {
			work = list_first_entry(&worker->work_list,
						struct kthread_work, node);
			list_del_init(&work->node);
		}
		worker->current_work = work;
		raw_spin_unlock_irq(&worker->lock);

		if (work) {
			__set_current_state(TASK_RUNNING);
			work->func(work);	/* may free work */
		} else {
			schedule();
		}
		cond_resched();
	}
}
EXPORT_SYMBOL_GPL(kthread_worker_fn);

static __printf(3, 0) struct kthread_worker *
__kthread_create_worker(int cpu, unsigned int flags, const char namefmt[],
			va_list args)
{
	struct kthread_worker *worker;
	struct task_struct *task;

	worker = kzalloc(sizeof(*worker), GFP_KERNEL);
	if (!worker)
		return ERR_PTR(-ENOMEM);
	kthread_init_worker(worker);

	task = __kthread_create_on_node(kthread_worker_fn, worker,
					cpu >= 0 ? 0 : NUMA_NO_NODE,
					namefmt, args);
	if (IS_ERR(task))
		goto free_worker;
	if (cpu >= 0)
		kthread_bind(task, cpu);

	worker->flags = flags;
	worker->task = task;
	wake_up_process(task);
	return worker;

free_worker:
	kfree(worker);
	return ERR_CAST(task);
}

struct kthread_worker *kthread_create_worker(unsigned int flags,
					     const char namefmt[], ...)
{
	struct kthread_worker *worker;
	va_list args;

	va_start(args, namefmt);
	worker = __kthread_create_worker(-1, flags, namefmt, args);
	va_end(args);
	return worker;
}
EXPORT_SYMBOL(kthread_create_worker);

/* The caller's format usually prints cpu: it is in the arguments. */
struct kthread_worker *kthread_create_worker_on_cpu(int cpu, unsigned int flags,
						    const char namefmt[], ...)
{
	struct kthread_worker *worker;
	va_list args;

	va_start(args, namefmt);
	worker = __kthread_create_worker(cpu, flags, namefmt, args);
	va_end(args);
	return worker;
}
EXPORT_SYMBOL(kthread_create_worker_on_cpu);

/* Already on a list, or being cancelled. Called under worker->lock. */
static bool queuing_blocked(struct kthread_worker *worker,
			    struct kthread_work *work)
{
	return !list_empty(&work->node) || work->canceling;
}

static void kthread_insert_work_sanity_check(struct kthread_worker *worker,
					     struct kthread_work *work)
{
	WARN_ON_ONCE(!list_empty(&work->node));
	/* A work belongs to one worker until it is initialised again. */
	WARN_ON_ONCE(work->worker && work->worker != worker);
}

/* Put work before pos on worker's list; wake the worker if it is idle. */
static void kthread_insert_work(struct kthread_worker *worker,
				struct kthread_work *work,
				struct list_head *pos)
{
	kthread_insert_work_sanity_check(worker, work);
	list_add_tail(&work->node, pos);
	work->worker = worker;
	if (!worker->current_work && likely(worker->task))
		wake_up_process(worker->task);
}

bool kthread_queue_work(struct kthread_worker *worker,
			struct kthread_work *work)
{
	unsigned long flags;
	bool queued = false;

	raw_spin_lock_irqsave(&worker->lock, flags);
	if (!queuing_blocked(worker, work)) {
		kthread_insert_work(worker, work, &worker->work_list);
		queued = true;
	}
	raw_spin_unlock_irqrestore(&worker->lock, flags);
	return queued;
}
EXPORT_SYMBOL_GPL(kthread_queue_work);

/* A delayed work's timer (TIMER_IRQSAFE): move the work to work_list. */
void kthread_delayed_work_timer_fn(struct timer_list *t)
{
	struct kthread_delayed_work *dwork = from_timer(dwork, t, timer);
	struct kthread_work *work = &dwork->work;
	struct kthread_worker *worker = work->worker;
	unsigned long flags;

	/* Initialised again while pending: a bug in the caller. */
	if (WARN_ON_ONCE(!worker))
		return;

	raw_spin_lock_irqsave(&worker->lock, flags);
	WARN_ON_ONCE(work->worker != worker);
	WARN_ON_ONCE(list_empty(&work->node));
	list_del_init(&work->node);
	if (!work->canceling)
		kthread_insert_work(worker, work, &worker->work_list);
	raw_spin_unlock_irqrestore(&worker->lock, flags);
}
EXPORT_SYMBOL(kthread_delayed_work_timer_fn);

static void __kthread_queue_delayed_work(struct kthread_worker *worker,
					 struct kthread_delayed_work *dwork,
					 unsigned long delay)
{
	struct timer_list *timer = &dwork->timer;
	struct kthread_work *work = &dwork->work;

	WARN_ON_ONCE(timer->function != kthread_delayed_work_timer_fn);

	/* No delay means now, not at the next tick. */
	if (!delay) {
		kthread_insert_work(worker, work, &worker->work_list);
		return;
	}

	kthread_insert_work_sanity_check(worker, work);
	list_add(&work->node, &worker->delayed_work_list);
	work->worker = worker;
	timer->expires = jiffies + delay;
	add_timer(timer);
}

bool kthread_queue_delayed_work(struct kthread_worker *worker,
				struct kthread_delayed_work *dwork,
				unsigned long delay)
{
	struct kthread_work *work = &dwork->work;
	unsigned long flags;
	bool queued = false;

	raw_spin_lock_irqsave(&worker->lock, flags);
	if (!queuing_blocked(worker, work)) {
		__kthread_queue_delayed_work(worker, dwork, delay);
		queued = true;
	}
	raw_spin_unlock_irqrestore(&worker->lock, flags);
	return queued;
}
EXPORT_SYMBOL_GPL(kthread_queue_delayed_work);

struct kthread_flush_work {
	struct kthread_work	work;
	struct completion	done;
};

static void kthread_flush_work_fn(struct kthread_work *work)
{
	struct kthread_flush_work *fwork =
		container_of(work, struct kthread_flush_work, work);

	complete(&fwork->done);
}

/* Wait for work to finish if it is queued or running. */
void kthread_flush_work(struct kthread_work *work)
{
	struct kthread_flush_work fwork = {
		KTHREAD_WORK_INIT(fwork.work, kthread_flush_work_fn),
		COMPLETION_INITIALIZER(fwork.done),
	};
	struct kthread_worker *worker = work->worker;
	bool queued = true;

	if (!worker)
		return;

	raw_spin_lock_irq(&worker->lock);
	WARN_ON_ONCE(work->worker != worker);
	/* Right after work, or first in line if work is running. */
	if (!list_empty(&work->node))
		kthread_insert_work(worker, &fwork.work, work->node.next);
	else if (worker->current_work == work)
		kthread_insert_work(worker, &fwork.work,
				    worker->work_list.next);
	else
		queued = false;
	raw_spin_unlock_irq(&worker->lock);

	if (queued)
		wait_for_completion(&fwork.done);
}
EXPORT_SYMBOL_GPL(kthread_flush_work);

/*
 * Under worker->lock: make sure the timer is neither pending nor running.
 * The lock is dropped while waiting for a running callback (it takes the
 * lock); ->canceling keeps the work from being queued meanwhile.
 */
static void kthread_cancel_delayed_work_timer(struct kthread_work *work,
					      unsigned long *flags)
{
	struct kthread_delayed_work *dwork =
		container_of(work, struct kthread_delayed_work, work);
	struct kthread_worker *worker = work->worker;

	work->canceling++;
	raw_spin_unlock_irqrestore(&worker->lock, *flags);
	del_timer_sync(&dwork->timer);
	raw_spin_lock_irqsave(&worker->lock, *flags);
	work->canceling--;
}

/* Under worker->lock, the timer stopped: take work off either list. */
static bool __kthread_cancel_work(struct kthread_work *work)
{
	if (list_empty(&work->node))
		return false;
	list_del_init(&work->node);
	return true;
}

/*
 * Queue dwork after delay, whether or not it was pending. Returns true
 * if it was pending (or another cancel owns it, which then wins).
 */
bool kthread_mod_delayed_work(struct kthread_worker *worker,
			      struct kthread_delayed_work *dwork,
			      unsigned long delay)
{
	struct kthread_work *work = &dwork->work;
	unsigned long flags;
	bool pending;

	raw_spin_lock_irqsave(&worker->lock, flags);

	/* Never queued: nothing to cancel. */
	if (!work->worker) {
		pending = false;
		goto queue;
	}
	WARN_ON_ONCE(work->worker != worker);

	/* The timer first, as it drops the lock; the list after. */
	kthread_cancel_delayed_work_timer(work, &flags);
	if (work->canceling) {
		pending = true;
		goto unlock;
	}
	pending = __kthread_cancel_work(work);

queue:
	__kthread_queue_delayed_work(worker, dwork, delay);
unlock:
	raw_spin_unlock_irqrestore(&worker->lock, flags);
	return pending;
}
EXPORT_SYMBOL_GPL(kthread_mod_delayed_work);

static bool __kthread_cancel_work_sync(struct kthread_work *work, bool is_dwork)
{
	struct kthread_worker *worker = work->worker;
	unsigned long flags;
	bool pending;

	if (!worker)
		return false;

	raw_spin_lock_irqsave(&worker->lock, flags);
	WARN_ON_ONCE(work->worker != worker);

	if (is_dwork)
		kthread_cancel_delayed_work_timer(work, &flags);
	pending = __kthread_cancel_work(work);

	/* Running: wait for it, blocking new queueing meanwhile. */
	if (worker->current_work == work) {
		work->canceling++;
		raw_spin_unlock_irqrestore(&worker->lock, flags);
		kthread_flush_work(work);
		raw_spin_lock_irqsave(&worker->lock, flags);
		work->canceling--;
	}
	raw_spin_unlock_irqrestore(&worker->lock, flags);
	return pending;
}

bool kthread_cancel_work_sync(struct kthread_work *work)
{
	return __kthread_cancel_work_sync(work, false);
}
EXPORT_SYMBOL_GPL(kthread_cancel_work_sync);

bool kthread_cancel_delayed_work_sync(struct kthread_delayed_work *dwork)
{
	return __kthread_cancel_work_sync(&dwork->work, true);
}
EXPORT_SYMBOL_GPL(kthread_cancel_delayed_work_sync);

/* Wait for every work queued so far (not delayed ones still waiting). */
void kthread_flush_worker(struct kthread_worker *worker)
{
	struct kthread_flush_work fwork = {
		KTHREAD_WORK_INIT(fwork.work, kthread_flush_work_fn),
		COMPLETION_INITIALIZER(fwork.done),
	};

	kthread_queue_work(worker, &fwork.work);
	wait_for_completion(&fwork.done);
}
EXPORT_SYMBOL_GPL(kthread_flush_worker);

/*
 * Flush, stop the thread, free the worker. Pending delayed works are the
 * caller's to cancel first (6.1 does not check them).
 */
void kthread_destroy_worker(struct kthread_worker *worker)
{
	struct task_struct *task = worker->task;

	if (WARN_ON(!task))
		return;

	kthread_flush_worker(worker);
	kthread_stop(task);
	WARN_ON(!list_empty(&worker->work_list));
	kfree(worker);
}
EXPORT_SYMBOL(kthread_destroy_worker);
