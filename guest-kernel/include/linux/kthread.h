/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel threads: created by kthreadd (PID 2) on request, each runs a
 * function until it returns or kthread_stop() asks it to. kthread_run()
 * and kthread_create() are macros that module code expands inline.
 *
 * A kthread_worker is one such thread running kthread_worker_fn(): it
 * runs the kthread_works queued to it one at a time, in order. Module
 * code initialises works inline (kthread_init_work(),
 * DEFINE_KTHREAD_DELAYED_WORK...), so the structures are Debian's.
 */
#ifndef _LINUX_KTHREAD_H
#define _LINUX_KTHREAD_H

#include <linux/err.h>
#include <linux/list.h>
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/timer.h>
#include <linux/module_abi.h>

#define NUMA_NO_NODE	(-1)

__printf(4, 5)
struct task_struct *kthread_create_on_node(int (*threadfn)(void *data),
					   void *data, int node,
					   const char namefmt[], ...);

#define kthread_create(threadfn, data, namefmt, arg...) \
	kthread_create_on_node(threadfn, data, NUMA_NO_NODE, namefmt, ##arg)

struct task_struct *kthread_create_on_cpu(int (*threadfn)(void *data),
					  void *data, unsigned int cpu,
					  const char *namefmt);

#define kthread_run(threadfn, data, namefmt, ...)			   \
({									   \
	struct task_struct *__k						   \
		= kthread_create(threadfn, data, namefmt, ## __VA_ARGS__); \
	if (!IS_ERR(__k))						   \
		wake_up_process(__k);					   \
	__k;								   \
})

void free_kthread_struct(struct task_struct *k);
bool set_kthread_struct(struct task_struct *p);
void kthread_bind(struct task_struct *k, unsigned int cpu);
int kthread_stop(struct task_struct *k);
bool kthread_should_stop(void);
bool is_kthread_should_stop(void);
bool kthread_should_park(void);
bool __kthread_should_park(struct task_struct *k);
void kthread_parkme(void);
int kthread_park(struct task_struct *k);
void kthread_unpark(struct task_struct *k);
void *kthread_data(struct task_struct *k);
void *kthread_func(struct task_struct *k);
void __noreturn kthread_exit(long result);
void __noreturn kthread_complete_and_exit(struct completion *comp, long code);
/* /proc/<pid>/comm, stat and status show a kthread's whole name. */
void get_kthread_comm(char *buf, size_t buf_size, struct task_struct *tsk);

int kthreadd(void *unused);
extern struct task_struct *kthreadd_task;

struct kthread_work;
typedef void (*kthread_work_func_t)(struct kthread_work *work);
void kthread_delayed_work_timer_fn(struct timer_list *t);

enum {
	KTW_FREEZABLE		= 1 << 0,	/* freeze during suspend */
};

struct kthread_worker {
	unsigned int		flags;
	raw_spinlock_t		lock;
	struct list_head	work_list;
	struct list_head	delayed_work_list;	/* timers pending */
	struct task_struct	*task;
	struct kthread_work	*current_work;
};

struct kthread_work {
	struct list_head	node;
	kthread_work_func_t	func;
	struct kthread_worker	*worker;	/* the last one queued to */
	int			canceling;	/* cancels in progress */
};

struct kthread_delayed_work {
	struct kthread_work	work;
	struct timer_list	timer;
};

abi_check_size(kthread_worker);
abi_check_field(kthread_worker, flags);
abi_check_field(kthread_worker, lock);
abi_check_field(kthread_worker, work_list);
abi_check_field(kthread_worker, delayed_work_list);
abi_check_field(kthread_worker, task);
abi_check_field(kthread_worker, current_work);
abi_check_size(kthread_work);
abi_check_field(kthread_work, node);
abi_check_field(kthread_work, func);
abi_check_field(kthread_work, worker);
abi_check_field(kthread_work, canceling);
abi_check_size(kthread_delayed_work);
abi_check_field(kthread_delayed_work, timer);

#define KTHREAD_WORK_INIT(work, fn)	{				\
	.node = LIST_HEAD_INIT((work).node),				\
	.func = (fn),							\
}

#define KTHREAD_DELAYED_WORK_INIT(dwork, fn) {				\
	.work = KTHREAD_WORK_INIT((dwork).work, (fn)),			\
	.timer = __TIMER_INITIALIZER(kthread_delayed_work_timer_fn,	\
				     TIMER_IRQSAFE),			\
}

#define DEFINE_KTHREAD_WORK(work, fn)					\
	struct kthread_work work = KTHREAD_WORK_INIT(work, fn)

#define DEFINE_KTHREAD_DELAYED_WORK(dwork, fn)				\
	struct kthread_delayed_work dwork =				\
		KTHREAD_DELAYED_WORK_INIT(dwork, fn)

struct lock_class_key;
void __kthread_init_worker(struct kthread_worker *worker, const char *name,
			   struct lock_class_key *key);

#define kthread_init_worker(worker)					\
	__kthread_init_worker((worker), "("#worker")->lock", NULL)

#define kthread_init_work(work, fn)					\
	do {								\
		memset((work), 0, sizeof(struct kthread_work));		\
		INIT_LIST_HEAD(&(work)->node);				\
		(work)->func = (fn);					\
	} while (0)

#define kthread_init_delayed_work(dwork, fn)				\
	do {								\
		kthread_init_work(&(dwork)->work, (fn));		\
		timer_setup(&(dwork)->timer,				\
			    kthread_delayed_work_timer_fn,		\
			    TIMER_IRQSAFE);				\
	} while (0)

int kthread_worker_fn(void *worker_ptr);

__printf(2, 3)
struct kthread_worker *kthread_create_worker(unsigned int flags,
					     const char namefmt[], ...);
__printf(3, 4)
struct kthread_worker *kthread_create_worker_on_cpu(int cpu, unsigned int flags,
						    const char namefmt[], ...);

bool kthread_queue_work(struct kthread_worker *worker,
			struct kthread_work *work);
bool kthread_queue_delayed_work(struct kthread_worker *worker,
				struct kthread_delayed_work *dwork,
				unsigned long delay);
bool kthread_mod_delayed_work(struct kthread_worker *worker,
			      struct kthread_delayed_work *dwork,
			      unsigned long delay);
void kthread_flush_work(struct kthread_work *work);
void kthread_flush_worker(struct kthread_worker *worker);
bool kthread_cancel_work_sync(struct kthread_work *work);
bool kthread_cancel_delayed_work_sync(struct kthread_delayed_work *dwork);
void kthread_destroy_worker(struct kthread_worker *worker);

#endif
