/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Simple wait queues (Debian 6.1's layout): a lock and a FIFO of tasks,
 * woken one at a time. Completions are built on them.
 */
#ifndef _LINUX_SWAIT_H
#define _LINUX_SWAIT_H

#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/module_abi.h>

struct task_struct;

struct swait_queue_head {
	raw_spinlock_t		lock;
	struct list_head	task_list;
};

struct swait_queue {
	struct task_struct	*task;
	struct list_head	task_list;
};

abi_check_size(swait_queue_head);
abi_check_field(swait_queue_head, lock);
abi_check_field(swait_queue_head, task_list);
abi_check_size(swait_queue);
abi_check_field(swait_queue, task);
abi_check_field(swait_queue, task_list);

#define __SWAIT_QUEUE_HEAD_INITIALIZER(name) {				\
	.lock		= __RAW_SPIN_LOCK_UNLOCKED(name.lock),		\
	.task_list	= LIST_HEAD_INIT((name).task_list),		\
}

#define DECLARE_SWAITQUEUE(name)					\
	struct swait_queue name = {					\
		.task		= current,				\
		.task_list	= LIST_HEAD_INIT((name).task_list),	\
	}

struct lock_class_key;
void __init_swait_queue_head(struct swait_queue_head *q, const char *name,
			     struct lock_class_key *key);
#define init_swait_queue_head(q)	__init_swait_queue_head((q), #q, NULL)

void swake_up_one(struct swait_queue_head *q);
void swake_up_all(struct swait_queue_head *q);
void swake_up_locked(struct swait_queue_head *q);
void swake_up_all_locked(struct swait_queue_head *q);
void __prepare_to_swait(struct swait_queue_head *q, struct swait_queue *wait);
void __finish_swait(struct swait_queue_head *q, struct swait_queue *wait);

#endif
