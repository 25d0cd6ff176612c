// SPDX-License-Identifier: GPL-2.0
/*
 * The scheduler: round robin over a FIFO of runnable tasks. There is no
 * timer tick: a task runs until it sleeps, exits, or returns to user
 * space after waking someone (wakeup preemption, at syscall
 * boundaries). When nothing is runnable the idle task (PID 0) runs.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/sched.h>
#include <linux/sched/clock.h>
#include <linux/sched/loadavg.h>
#include <linux/sched/signal.h>
#include <linux/mm.h>
#include <linux/timer.h>
#include <linux/tty.h>
#include <asm/mmu_context.h>

static LIST_HEAD(runqueue);
unsigned long nr_context_switches_count;
u64 idle_time_ns;

static void enqueue_task(struct task_struct *p)
{
	if (p != &init_task && list_empty(&p->run_list))
		list_add_tail(&p->run_list, &runqueue);
}

void set_current_state(unsigned int state)
{
	current->__state = state;
}

/* Make p runnable if it sleeps in one of the states in mask. */
int wake_up_state(struct task_struct *p, unsigned int state)
{
	if (!(p->__state & state))
		return 0;
	p->__state = TASK_RUNNING;
	enqueue_task(p);
	if (p != current)
		set_tsk_thread_flag(current, TIF_NEED_RESCHED);
	return 1;
}

int wake_up_process(struct task_struct *p)
{
	return wake_up_state(p, TASK_NORMAL);
}
EXPORT_SYMBOL(wake_up_process);

void wake_up_new_task(struct task_struct *p)
{
	p->__state = TASK_RUNNING;
	enqueue_task(p);
}

void sched_fork(struct task_struct *p)
{
	p->__state = TASK_RUNNING;
	p->prio = p->static_prio = p->normal_prio = 120;
	INIT_LIST_HEAD(&p->run_list);
}

/* CPU time: everything a task runs counts as user time (no tick to tell). */
static void account_switch(struct task_struct *prev, struct task_struct *next)
{
	u64 now = local_clock();
	u64 delta = now - prev->last_switch_in;

	if (prev == &init_task)
		idle_time_ns += delta;
	else
		prev->utime += delta;
	next->last_switch_in = now;
}

/* The task we switched away from has died: drop the scheduler's reference. */
static void finish_task_switch(struct task_struct *prev)
{
	if (prev->__state == TASK_DEAD)
		put_task_struct(prev);
}

/* A new task's first switch ends in ret_from_fork, not in context_switch(). */
asmlinkage void schedule_tail(struct task_struct *prev)
{
	finish_task_switch(prev);
}

static void context_switch(struct task_struct *prev, struct task_struct *next)
{
	struct mm_struct *oldmm = prev->active_mm;

	if (next->mm) {
		next->active_mm = next->mm;
		switch_mm(oldmm, next->mm, next);
	} else {
		next->active_mm = oldmm;
	}
	account_switch(prev, next);
	nr_context_switches_count++;
	prev = __switch_to(prev, next);
	finish_task_switch(prev);
}

static struct task_struct *pick_next_task(void)
{
	struct task_struct *next;

	if (list_empty(&runqueue))
		return &init_task;
	next = list_first_entry(&runqueue, struct task_struct, run_list);
	list_del_init(&next->run_list);
	return next;
}

void schedule(void)
{
	struct task_struct *prev = current, *next;

	clear_tsk_thread_flag(prev, TIF_NEED_RESCHED);
	tty_poll_input();
	run_timers();
	calc_global_load();
	/* A signal that would interrupt the sleep cancels it, as in Linux. */
	if (prev->__state && signal_pending_state(prev->__state, prev))
		prev->__state = TASK_RUNNING;
	/* Still runnable: back of the queue. A sleeper is off it until woken. */
	if (prev->__state == TASK_RUNNING)
		enqueue_task(prev);
	else if (!list_empty(&prev->run_list))
		list_del_init(&prev->run_list);
	next = pick_next_task();
	if (next == prev)
		return;
	if (prev->__state == TASK_RUNNING)
		prev->nivcsw++;
	else
		prev->nvcsw++;
	context_switch(prev, next);
}
EXPORT_SYMBOL(schedule);

/* A voluntary preemption point (PREEMPT_VOLUNTARY): 1 if we gave the CPU away. */
int __cond_resched(void)
{
	if (test_tsk_thread_flag(current, TIF_NEED_RESCHED)) {
		schedule();
		return 1;
	}
	return 0;
}
EXPORT_SYMBOL(__cond_resched);

/* Tasks waiting for the CPU (not counting the one on it). */
unsigned long nr_running(void)
{
	struct task_struct *p;
	unsigned long n = 0;

	list_for_each_entry(p, &runqueue, run_list)
		n++;
	return n;
}

/* What the boot task becomes once PID 1 exists: the idle loop. */
void cpu_startup_entry(void)
{
	for (;;) {
		while (list_empty(&runqueue))
			do_idle();
		schedule();
	}
}
