/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The preemption count, kept in thread_info as on Linux. There is no
 * preemption yet; the count still says when code runs in a context
 * that must not sleep (debug exceptions raise it, as on Linux).
 */
#ifndef _LINUX_PREEMPT_H
#define _LINUX_PREEMPT_H

#include <linux/sched.h>

#define preempt_count()		((int)current->thread_info.preempt_count)
#define preempt_count_set(pc)	(current->thread_info.preempt_count = (pc))
#define preempt_disable()	do { current->thread_info.preempt_count++; barrier(); } while (0)
#define preempt_enable()	do { barrier(); current->thread_info.preempt_count--; } while (0)
#define in_atomic()		(preempt_count() != 0)

#endif
