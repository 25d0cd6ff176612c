/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The preemption count, kept in thread_info as on Linux. Debian's 6.1
 * is built without CONFIG_PREEMPT_COUNT (PREEMPT_VOLUNTARY), so there
 * preempt_disable() is only a compiler barrier and the count stays 0:
 * a task killed by an oops in a debug exception (BUG) is not reported
 * as "exited with preempt_count 1". The same here.
 */
#ifndef _LINUX_PREEMPT_H
#define _LINUX_PREEMPT_H

#include <linux/sched.h>

#define preempt_count()		((int)current->thread_info.preempt_count)
#define preempt_count_set(pc)	(current->thread_info.preempt_count = (pc))
#define preempt_disable()	barrier()
#define preempt_enable()	barrier()
#define in_atomic()		(preempt_count() != 0)

/* Linux's preempt_count layout: what the count says about the context. */
#define SOFTIRQ_OFFSET		0x00000100
#define SOFTIRQ_MASK		0x0000ff00
#define HARDIRQ_MASK		0x000f0000
#define NMI_MASK		0x00f00000
#define in_interrupt()	(preempt_count() & (NMI_MASK | HARDIRQ_MASK | SOFTIRQ_MASK))

#endif
