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
