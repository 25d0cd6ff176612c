// SPDX-License-Identifier: GPL-2.0
/* Wait queues (see <linux/wait.h>). Interrupt handlers wake them: lists change with interrupts off. */
#include <linux/kernel.h>
#include <asm/irqflags.h>
#include <linux/sched.h>
#include <linux/wait.h>
#include <linux/timer.h>
#include <linux/timekeeping.h>

void prepare_to_wait(struct wait_queue_head *wq, struct wait_queue_entry *wait,
		     int state)
{
	unsigned long flags;

	local_irq_save(flags);
	if (list_empty(&wait->entry) || !wait->entry.next)
		list_add_tail(&wait->entry, &wq->head);
	set_current_state(state);
	local_irq_restore(flags);
}

void finish_wait(struct wait_queue_head *wq, struct wait_queue_entry *wait)
{
	unsigned long flags;

	set_current_state(TASK_RUNNING);
	local_irq_save(flags);
	if (wait->entry.next && !list_empty(&wait->entry))
		list_del_init(&wait->entry);
	local_irq_restore(flags);
}

void __wake_up(struct wait_queue_head *wq)
{
	struct wait_queue_entry *w;
	unsigned long flags;

	local_irq_save(flags);
	list_for_each_entry(w, &wq->head, entry)
		wake_up_process(w->private);
	local_irq_restore(flags);
}

int signal_pending_current(void)
{
	return signal_pending(current);
}

#define NSEC_PER_JIFFY	(NSEC_PER_SEC / HZ)

u64 wait_deadline(long timeout)
{
	return ktime_get() + (u64)timeout * NSEC_PER_JIFFY;
}

long wait_jiffies_left(u64 deadline)
{
	u64 now = ktime_get();

	if (now >= deadline)
		return 0;
	return (deadline - now + NSEC_PER_JIFFY - 1) / NSEC_PER_JIFFY;
}

/* One sleep of a timed wait: any wake-up, or the deadline, ends it. */
void wait_schedule_until(u64 deadline)
{
	schedule_timeout_ns(deadline, TASK_INTERRUPTIBLE);
}
