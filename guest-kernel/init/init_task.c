// SPDX-License-Identifier: GPL-2.0
/*
 * The boot task: it runs start_kernel() on init_stack and then becomes
 * the idle task (PID 0). head.S points sp_el0 (current) at it.
 */
#include <linux/sched.h>
#include <linux/mm_types.h>

unsigned long init_stack[THREAD_SIZE / sizeof(unsigned long)]
	__aligned(THREAD_SIZE);

struct task_struct init_task = {
	.__state	= TASK_RUNNING,
	.stack		= init_stack,
	.pid		= 0,
	/* Linux names it "swapper", then sched_init() adds the CPU number. */
	.comm		= "swapper/0",
	.active_mm	= &init_mm,
	.run_list	= LIST_HEAD_INIT(init_task.run_list),
};
