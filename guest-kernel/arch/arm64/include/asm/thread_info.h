/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_THREAD_INFO_H
#define __ASM_THREAD_INFO_H

#include <linux/const.h>

#define THREAD_SHIFT		14
#define THREAD_SIZE		(_AC(1, UL) << THREAD_SHIFT)	/* 16K kernel stacks */
#define THREAD_SIZE_ORDER	(THREAD_SHIFT - 12)
/*
 * CONFIG_VMAP_STACK: stacks are aligned to twice their size, so an sp that
 * ran off the bottom of one has bit THREAD_SHIFT set (entry.S checks it).
 */
#define THREAD_ALIGN		(2 * THREAD_SIZE)
#define OVERFLOW_STACK_SIZE	4096

/* thread_info.flags: work to do before returning to user space */
#define TIF_SIGPENDING		0	/* a signal may be deliverable */
#define TIF_NEED_RESCHED	1
#define TIF_NOTIFY_RESUME	2
#define TIF_NOTIFY_SIGNAL	6	/* kthread_stop(): break out of waits */
#define TIF_RESTORE_SIGMASK	20	/* restore saved_sigmask after the handler */

#define _TIF_SIGPENDING		(1 << TIF_SIGPENDING)
#define _TIF_NEED_RESCHED	(1 << TIF_NEED_RESCHED)
#define _TIF_NOTIFY_RESUME	(1 << TIF_NOTIFY_RESUME)
#define _TIF_WORK_MASK		(_TIF_SIGPENDING | _TIF_NEED_RESCHED | \
				 _TIF_NOTIFY_RESUME)

#ifndef __ASSEMBLY__
#include <linux/types.h>

/*
 * Debian's layout (no SW_TTBR0_PAN, no shadow call stack): module code
 * reads flags and preempt_count inline, and set_current_state() writes
 * the task's __state, which follows thread_info, at offset 24.
 */
struct thread_info {
	unsigned long flags;
	u64 preempt_count;
	u32 cpu;
};
#endif

#endif
