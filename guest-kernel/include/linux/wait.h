/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Wait queues: a list of sleeping tasks to wake when something changes.
 * One CPU, no preemption: no locks, and a condition checked before
 * schedule() cannot change before the task is off the CPU.
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <linux/list.h>

struct task_struct;

struct wait_queue_entry {
	struct task_struct *private;
	struct list_head entry;
};

struct wait_queue_head {
	struct list_head head;
};

typedef struct wait_queue_entry wait_queue_entry_t;
typedef struct wait_queue_head wait_queue_head_t;

#define __WAIT_QUEUE_HEAD_INITIALIZER(name) { .head = LIST_HEAD_INIT(name.head) }
#define DECLARE_WAIT_QUEUE_HEAD(name) \
	struct wait_queue_head name = __WAIT_QUEUE_HEAD_INITIALIZER(name)

static inline void init_waitqueue_head(struct wait_queue_head *wq)
{
	INIT_LIST_HEAD(&wq->head);
}

void prepare_to_wait(struct wait_queue_head *wq, struct wait_queue_entry *wait,
		     int state);
void finish_wait(struct wait_queue_head *wq, struct wait_queue_entry *wait);
void __wake_up(struct wait_queue_head *wq);
int signal_pending_current(void);

#define wake_up(wq)			__wake_up(wq)
#define wake_up_interruptible(wq)	__wake_up(wq)
#define wake_up_all(wq)			__wake_up(wq)

static inline bool waitqueue_active(struct wait_queue_head *wq)
{
	return !list_empty(&wq->head);
}

/* Sleep until cond; -ERESTARTSYS if a signal arrives first. */
#define wait_event_interruptible(wq, cond)				\
({									\
	struct wait_queue_entry __wait = { .private = current };	\
	int __ret = 0;							\
									\
	for (;;) {							\
		prepare_to_wait(&(wq), &__wait, TASK_INTERRUPTIBLE);	\
		if (cond)						\
			break;						\
		if (signal_pending_current()) {				\
			__ret = -ERESTARTSYS;				\
			break;						\
		}							\
		schedule();						\
	}								\
	finish_wait(&(wq), &__wait);					\
	__ret;								\
})

/* kernel/sched/wait.c: the deadline (ns) of a timeout in jiffies, the jiffies left */
u64 wait_deadline(long timeout);
long wait_jiffies_left(u64 deadline);
void wait_schedule_until(u64 deadline);

/*
 * Sleep until cond or until timeout (jiffies) has passed: 0 if it passed
 * with cond still false, 1 if cond came true at the end, else the
 * jiffies left; -ERESTARTSYS if a signal arrives first.
 */
#define wait_event_interruptible_timeout(wq, cond, timeout)		\
({									\
	struct wait_queue_entry __wait = { .private = current };	\
	u64 __deadline = wait_deadline(timeout);			\
	long __ret;							\
									\
	for (;;) {							\
		prepare_to_wait(&(wq), &__wait, TASK_INTERRUPTIBLE);	\
		if (cond) {						\
			__ret = wait_jiffies_left(__deadline) ?: 1;	\
			break;						\
		}							\
		if (signal_pending_current()) {				\
			__ret = -ERESTARTSYS;				\
			break;						\
		}							\
		if (!wait_jiffies_left(__deadline)) {			\
			__ret = 0;					\
			break;						\
		}							\
		wait_schedule_until(__deadline);			\
	}								\
	finish_wait(&(wq), &__wait);					\
	__ret;								\
})

#define wait_event(wq, cond)						\
do {									\
	struct wait_queue_entry __wait = { .private = current };	\
									\
	for (;;) {							\
		prepare_to_wait(&(wq), &__wait, TASK_UNINTERRUPTIBLE);	\
		if (cond)						\
			break;						\
		schedule();						\
	}								\
	finish_wait(&(wq), &__wait);					\
} while (0)

#endif
