// SPDX-License-Identifier: GPL-2.0
/*
 * Task death, as far as an oops needs it: the only tasks so far are the
 * boot (idle) task and PID 1, and Linux panics when either of them dies.
 * Freeing a task and reaping it arrive with processes.
 */
#include <linux/kernel.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <asm/irqflags.h>

void do_exit(long code)
{
	/* PID 1 is the only task that can get here (see make_task_dead). */
	panic("Attempted to kill init! exitcode=0x%08x\n", (int)code);
}

void make_task_dead(int signr)
{
	struct task_struct *tsk = current;

	if (unlikely(!tsk->pid))
		panic("Attempted to kill the idle task!");

	if (unlikely(irqs_disabled())) {
		pr_info("note: %s[%d] exited with irqs disabled\n",
			tsk->comm, task_pid_nr(tsk));
		local_irq_enable();
	}
	if (unlikely(in_atomic())) {
		pr_info("note: %s[%d] exited with preempt_count %d\n",
			tsk->comm, task_pid_nr(tsk), preempt_count());
		preempt_count_set(0);
	}

	do_exit(signr);
}
