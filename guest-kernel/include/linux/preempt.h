/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The preemption count, kept in thread_info as on Linux: bits 0-7 count
 * preempt_disable() (unused: Debian's 6.1 is built without
 * CONFIG_PREEMPT_COUNT, PREEMPT_VOLUNTARY, so preempt_disable() is only a
 * compiler barrier and a task killed by an oops in a debug exception is
 * not reported as "exited with preempt_count 1"), bits 8-15 softirqs
 * (serving one, and local_bh_disable() in twos), bits 16-19 hard
 * interrupts. in_interrupt() and friends read them.
 */
#ifndef _LINUX_PREEMPT_H
#define _LINUX_PREEMPT_H

#include <linux/sched.h>

#define PREEMPT_SHIFT		0
#define SOFTIRQ_SHIFT		8
#define HARDIRQ_SHIFT		16
#define NMI_SHIFT		20
#define PREEMPT_MASK		(0xffUL << PREEMPT_SHIFT)
#define SOFTIRQ_MASK		(0xffUL << SOFTIRQ_SHIFT)
#define HARDIRQ_MASK		(0xfUL << HARDIRQ_SHIFT)
#define NMI_MASK		(0xfUL << NMI_SHIFT)
#define PREEMPT_OFFSET		(1UL << PREEMPT_SHIFT)
#define SOFTIRQ_OFFSET		(1UL << SOFTIRQ_SHIFT)
#define HARDIRQ_OFFSET		(1UL << HARDIRQ_SHIFT)
#define NMI_OFFSET		(1UL << NMI_SHIFT)
#define SOFTIRQ_DISABLE_OFFSET	(2 * SOFTIRQ_OFFSET)

#define preempt_count()		((int)current->thread_info.preempt_count)
#define preempt_count_set(pc)	(current->thread_info.preempt_count = (u32)(pc))
#define preempt_count_add(val)	preempt_count_set(preempt_count() + (val))
#define preempt_count_sub(val)	preempt_count_set(preempt_count() - (val))
#define preempt_disable()	barrier()
#define preempt_enable()	barrier()

#define hardirq_count()		(preempt_count() & HARDIRQ_MASK)
#define softirq_count()		(preempt_count() & SOFTIRQ_MASK)
#define irq_count()		(preempt_count() & (HARDIRQ_MASK | SOFTIRQ_MASK | NMI_MASK))
#define in_irq()		(hardirq_count())
#define in_hardirq()		(hardirq_count())
#define in_softirq()		(softirq_count())
#define in_interrupt()		(irq_count())
#define in_serving_softirq()	(softirq_count() & SOFTIRQ_OFFSET)
#define in_task()		(!(preempt_count() & (NMI_MASK | HARDIRQ_MASK | SOFTIRQ_OFFSET)))
#define in_atomic()		(preempt_count() != 0)

#endif
