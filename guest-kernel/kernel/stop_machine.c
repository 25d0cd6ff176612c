// SPDX-License-Identifier: GPL-2.0
/*
 * The CPU stopper (migration/0): a kernel thread that runs the
 * functions queued for its CPU, one after another, in any context that
 * queued them (the watchdog's hrtimer does, from an interrupt). That it
 * runs at all proves the CPU schedules: a task spinning in the kernel
 * keeps it off the CPU until it gives the CPU up.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/kthread.h>
#include <linux/sched.h>
#include <linux/stop_machine.h>
#include <asm/irqflags.h>

static LIST_HEAD(stopper_works);
static struct task_struct *stopper_thread;

bool stop_one_cpu_nowait(unsigned int cpu, cpu_stop_fn_t fn, void *arg,
			 struct cpu_stop_work *work_buf)
{
	unsigned long flags;

	if (cpu != 0 || !stopper_thread)
		return false;
	work_buf->fn = fn;
	work_buf->arg = arg;
	local_irq_save(flags);
	list_add_tail(&work_buf->list, &stopper_works);
	local_irq_restore(flags);
	wake_up_process(stopper_thread);
	return true;
}

/* Take the next queued work, or NULL (going to sleep) when there is none. */
static struct cpu_stop_work *cpu_stop_next(void)
{
	struct cpu_stop_work *work = NULL;

	local_irq_disable();
	set_current_state(TASK_INTERRUPTIBLE);
	if (!list_empty(&stopper_works)) {
		work = list_first_entry(&stopper_works, struct cpu_stop_work, list);
		list_del_init(&work->list);
		__set_current_state(TASK_RUNNING);
	}
	local_irq_enable();
	return work;
}

static int cpu_stopper_thread(void *unused)
{
	struct cpu_stop_work *work;

	for (;;) {
		work = cpu_stop_next();
		if (work)
			work->fn(work->arg);
		else
			schedule();
	}
	return 0;
}

static int __init cpu_stop_init(void)
{
	struct task_struct *p;

	p = kthread_create_on_cpu(cpu_stopper_thread, NULL, 0, "migration/%u");
	if (IS_ERR(p))
		return PTR_ERR(p);
	stopper_thread = p;
	wake_up_process(p);
	return 0;
}
early_initcall(cpu_stop_init);
