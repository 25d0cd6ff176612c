/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Wait queues, in Debian 6.1's layout and with Linux's protocol: module
 * code expands wait_event*() and DEFINE_WAIT() inline into calls of
 * init_wait_entry(), prepare_to_wait_event(), schedule() and
 * finish_wait() on its own copies of these structures, and wakes them
 * with __wake_up(). Each entry has a wake function: the default one
 * wakes the task, autoremove also takes the entry off the queue.
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/module_abi.h>

struct task_struct;
struct wait_queue_entry;

typedef int (*wait_queue_func_t)(struct wait_queue_entry *wq_entry,
				 unsigned int mode, int flags, void *key);

/* wait_queue_entry.flags */
#define WQ_FLAG_EXCLUSIVE	0x01
#define WQ_FLAG_WOKEN		0x02
#define WQ_FLAG_BOOKMARK	0x04
#define WQ_FLAG_CUSTOM		0x08
#define WQ_FLAG_DONE		0x10
#define WQ_FLAG_PRIORITY	0x20

struct wait_queue_entry {
	unsigned int		flags;
	void			*private;
	wait_queue_func_t	func;
	struct list_head	entry;
};

struct wait_queue_head {
	spinlock_t		lock;
	struct list_head	head;
};

typedef struct wait_queue_entry wait_queue_entry_t;
typedef struct wait_queue_head wait_queue_head_t;

abi_check_size(wait_queue_head);
abi_check_field(wait_queue_head, lock);
abi_check_field(wait_queue_head, head);
abi_check_size(wait_queue_entry);
abi_check_field(wait_queue_entry, flags);
abi_check_field(wait_queue_entry, private);
abi_check_field(wait_queue_entry, func);
abi_check_field(wait_queue_entry, entry);

int default_wake_function(struct wait_queue_entry *wq_entry, unsigned int mode,
			  int flags, void *key);
int autoremove_wake_function(struct wait_queue_entry *wq_entry,
			     unsigned int mode, int sync, void *key);
int woken_wake_function(struct wait_queue_entry *wq_entry, unsigned int mode,
			int sync, void *key);

#define __WAIT_QUEUE_HEAD_INITIALIZER(name) {				\
	.lock = __SPIN_LOCK_UNLOCKED(name.lock),			\
	.head = LIST_HEAD_INIT(name.head) }
#define DECLARE_WAIT_QUEUE_HEAD(name) \
	struct wait_queue_head name = __WAIT_QUEUE_HEAD_INITIALIZER(name)

struct lock_class_key;
void __init_waitqueue_head(struct wait_queue_head *wq_head, const char *name,
			   struct lock_class_key *key);
#define init_waitqueue_head(wq)	__init_waitqueue_head((wq), #wq, NULL)

static inline void init_waitqueue_entry(struct wait_queue_entry *wq_entry,
					struct task_struct *p)
{
	wq_entry->flags = 0;
	wq_entry->private = p;
	wq_entry->func = default_wake_function;
}

#define DEFINE_WAIT_FUNC(name, function)				\
	struct wait_queue_entry name = {				\
		.private	= current,				\
		.func		= function,				\
		.entry		= LIST_HEAD_INIT((name).entry),		\
	}
#define DEFINE_WAIT(name)	DEFINE_WAIT_FUNC(name, autoremove_wake_function)

static inline bool waitqueue_active(struct wait_queue_head *wq_head)
{
	return !list_empty(&wq_head->head);
}

void add_wait_queue(struct wait_queue_head *wq_head,
		    struct wait_queue_entry *wq_entry);
void add_wait_queue_exclusive(struct wait_queue_head *wq_head,
			      struct wait_queue_entry *wq_entry);
void remove_wait_queue(struct wait_queue_head *wq_head,
		       struct wait_queue_entry *wq_entry);
void init_wait_entry(struct wait_queue_entry *wq_entry, int flags);
void prepare_to_wait(struct wait_queue_head *wq_head,
		     struct wait_queue_entry *wq_entry, int state);
bool prepare_to_wait_exclusive(struct wait_queue_head *wq_head,
			       struct wait_queue_entry *wq_entry, int state);
long prepare_to_wait_event(struct wait_queue_head *wq_head,
			   struct wait_queue_entry *wq_entry, int state);
void finish_wait(struct wait_queue_head *wq_head,
		 struct wait_queue_entry *wq_entry);
long wait_woken(struct wait_queue_entry *wq_entry, unsigned int mode,
		long timeout);

void __wake_up(struct wait_queue_head *wq_head, unsigned int mode,
	       int nr_exclusive, void *key);
void __wake_up_locked(struct wait_queue_head *wq_head, unsigned int mode,
		      int nr);
void __wake_up_sync_key(struct wait_queue_head *wq_head, unsigned int mode,
			void *key);

/* The TASK_* states are <linux/sched.h>'s, where these are used. */
#define wake_up(x)			__wake_up(x, TASK_NORMAL, 1, NULL)
#define wake_up_nr(x, nr)		__wake_up(x, TASK_NORMAL, nr, NULL)
#define wake_up_all(x)			__wake_up(x, TASK_NORMAL, 0, NULL)
#define wake_up_interruptible(x)	__wake_up(x, TASK_INTERRUPTIBLE, 1, NULL)
#define wake_up_interruptible_all(x)	__wake_up(x, TASK_INTERRUPTIBLE, 0, NULL)

long schedule_timeout(long timeout);
void schedule(void);

/*
 * The loop module code inlines for every wait_event*(): an entry that
 * removes itself when woken, prepare_to_wait_event() (which notices a
 * signal), the condition, then cmd (schedule() or schedule_timeout()).
 */
#define ___wait_is_interruptible(state)					\
	(!__builtin_constant_p(state) ||				\
	 ((state) & (TASK_INTERRUPTIBLE | TASK_WAKEKILL)))

#define ___wait_event(wq_head, condition, state, exclusive, ret, cmd)	\
({									\
	__label__ __out;						\
	struct wait_queue_entry __wq_entry;				\
	long __ret = ret;						\
									\
	init_wait_entry(&__wq_entry, exclusive ? WQ_FLAG_EXCLUSIVE : 0); \
	for (;;) {							\
		long __int = prepare_to_wait_event(&wq_head, &__wq_entry, state); \
									\
		if (condition)						\
			break;						\
		if (___wait_is_interruptible(state) && __int) {		\
			__ret = __int;					\
			goto __out;					\
		}							\
		cmd;							\
	}								\
	finish_wait(&wq_head, &__wq_entry);				\
__out:	__ret;								\
})

#define ___wait_cond_timeout(condition)					\
({									\
	bool __cond = (condition);					\
	if (__cond && !__ret)						\
		__ret = 1;						\
	__cond || !__ret;						\
})

#define wait_event(wq_head, condition)					\
do {									\
	if (condition)							\
		break;							\
	(void)___wait_event(wq_head, condition,		\
			    TASK_UNINTERRUPTIBLE, 0, 0, schedule());	\
} while (0)

#define wait_event_interruptible(wq_head, condition)			\
({									\
	int __ret = 0;							\
	if (!(condition))						\
		__ret = ___wait_event(wq_head, condition,		\
				      TASK_INTERRUPTIBLE, 0, 0,		\
				      schedule());			\
	__ret;								\
})

#define wait_event_killable(wq_head, condition)				\
({									\
	int __ret = 0;							\
	if (!(condition))						\
		__ret = ___wait_event(wq_head, condition,		\
				      TASK_KILLABLE, 0, 0,		\
				      schedule());			\
	__ret;								\
})

#define wait_event_timeout(wq_head, condition, timeout)			\
({									\
	long __ret = timeout;						\
	if (!___wait_cond_timeout(condition))				\
		__ret = ___wait_event(wq_head,				\
				      ___wait_cond_timeout(condition),	\
				      TASK_UNINTERRUPTIBLE, 0, timeout,	\
				      __ret = schedule_timeout(__ret));	\
	__ret;								\
})

#define wait_event_interruptible_timeout(wq_head, condition, timeout)	\
({									\
	long __ret = timeout;						\
	if (!___wait_cond_timeout(condition))				\
		__ret = ___wait_event(wq_head,				\
				      ___wait_cond_timeout(condition),	\
				      TASK_INTERRUPTIBLE, 0, timeout,	\
				      __ret = schedule_timeout(__ret));	\
	__ret;								\
})

#endif
