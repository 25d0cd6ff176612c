/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Completions (Debian 6.1's layout: a count of completions not yet
 * waited for, UINT_MAX after complete_all(), and a simple wait queue).
 * Module code initialises them inline (init_completion(),
 * DECLARE_COMPLETION()) and calls kernel/sched/completion.c.
 */
#ifndef _LINUX_COMPLETION_H
#define _LINUX_COMPLETION_H

#include <linux/swait.h>
#include <linux/module_abi.h>

struct completion {
	unsigned int done;
	struct swait_queue_head wait;
};

abi_check_size(completion);
abi_check_field(completion, done);
abi_check_field(completion, wait);

#define COMPLETION_INITIALIZER(work) \
	{ 0, __SWAIT_QUEUE_HEAD_INITIALIZER((work).wait) }
#define DECLARE_COMPLETION(work) \
	struct completion work = COMPLETION_INITIALIZER(work)
#define DECLARE_COMPLETION_ONSTACK(work)	DECLARE_COMPLETION(work)

static inline void init_completion(struct completion *x)
{
	x->done = 0;
	init_swait_queue_head(&x->wait);
}

static inline void reinit_completion(struct completion *x)
{
	x->done = 0;
}

void wait_for_completion(struct completion *x);
void wait_for_completion_io(struct completion *x);
int wait_for_completion_interruptible(struct completion *x);
int wait_for_completion_killable(struct completion *x);
unsigned long wait_for_completion_timeout(struct completion *x,
					  unsigned long timeout);
unsigned long wait_for_completion_io_timeout(struct completion *x,
					     unsigned long timeout);
long wait_for_completion_interruptible_timeout(struct completion *x,
					       unsigned long timeout);
long wait_for_completion_killable_timeout(struct completion *x,
					  unsigned long timeout);
bool try_wait_for_completion(struct completion *x);
bool completion_done(struct completion *x);
void complete(struct completion *x);
void complete_all(struct completion *x);

#endif
