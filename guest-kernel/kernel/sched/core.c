// SPDX-License-Identifier: GPL-2.0
/*
 * The scheduler, reduced to what boot needs: a FIFO of runnable tasks
 * and a switch to the first of them. There is no timer tick and no
 * preemption; a task runs until it calls schedule().
 */
#include <linux/kernel.h>
#include <linux/sched.h>

static LIST_HEAD(runqueue);

void wake_up_new_task(struct task_struct *p)
{
	p->__state = TASK_RUNNING;
	list_add_tail(&p->run_list, &runqueue);
}

void schedule(void)
{
	struct task_struct *prev = current, *next;

	if (list_empty(&runqueue))
		return;
	next = list_first_entry(&runqueue, struct task_struct, run_list);
	list_del_init(&next->run_list);
	/* The idle task is not queued: it runs when nothing else can. */
	if (prev != &init_task && prev->__state == TASK_RUNNING)
		list_add_tail(&prev->run_list, &runqueue);
	__switch_to(prev, next);
}

/* What the boot task becomes once PID 1 exists. */
void cpu_startup_entry(void)
{
	for (;;) {
		schedule();
		asm volatile("wfi");
	}
}
