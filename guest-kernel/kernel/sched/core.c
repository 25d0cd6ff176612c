// SPDX-License-Identifier: GPL-2.0
/*
 * The scheduler: round robin over a FIFO of runnable tasks, with the
 * preemption model of Debian's kernel (PREEMPT_VOLUNTARY). The tick
 * asks the running task to make room once it has had its slice (the
 * share of CFS's 6 ms latency that fair scheduling would give it, at
 * least 0.75 ms) and others wait; a wake-up asks the same of the task it
 * interrupts. The request (TIF_NEED_RESCHED) is honoured on the way back
 * to user space and at cond_resched() points, never in the middle of
 * kernel code. When nothing is runnable the idle task (PID 0) runs.
 *
 * Interrupt handlers wake tasks (timers, the console), so the run queue
 * is only touched with interrupts off, and a task switch happens with
 * them off: finish_task_switch() turns them back on, as in Linux.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/interrupt.h>
#include <linux/kernel_stat.h>
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/sched/clock.h>
#include <linux/sched/loadavg.h>
#include <linux/sched/signal.h>
#include <linux/mm.h>
#include <linux/rcupdate.h>
#include <linux/timer.h>
#include <linux/tty.h>
#include <linux/workqueue.h>
#include <asm/irqflags.h>
#include <asm/mmu_context.h>

#define SCHED_LATENCY_NS		6000000ULL	/* sysctl_sched_latency, one CPU */
#define SCHED_MIN_GRANULARITY_NS	750000ULL	/* sysctl_sched_min_granularity */

static LIST_HEAD(runqueue);
static unsigned int rq_queued;		/* tasks on the run queue */
static unsigned int nr_uninterruptible;	/* asleep in D state, counted in the load */
unsigned long nr_context_switches_count;

static void enqueue_task(struct task_struct *p)
{
	if (p != &init_task && list_empty(&p->run_list)) {
		list_add_tail(&p->run_list, &runqueue);
		rq_queued++;
	}
}

static void dequeue_task(struct task_struct *p)
{
	if (!list_empty(&p->run_list)) {
		list_del_init(&p->run_list);
		rq_queued--;
	}
}

void set_current_state(unsigned int state)
{
	WRITE_ONCE(current->__state, state);
	barrier();
}

/* Ask the running task to give up the CPU when it next can. */
static void resched_curr(void)
{
	set_tsk_thread_flag(current, TIF_NEED_RESCHED);
}

/* Make p runnable if it sleeps in one of the states in mask. Any context. */
int wake_up_state(struct task_struct *p, unsigned int state)
{
	unsigned long flags;
	int ret = 0;

	local_irq_save(flags);
	if (p->__state & state) {
		if (p->sched_contributes_to_load) {
			p->sched_contributes_to_load = 0;
			nr_uninterruptible--;
		}
		WRITE_ONCE(p->__state, TASK_RUNNING);
		enqueue_task(p);
		if (p != current)
			resched_curr();
		ret = 1;
	}
	local_irq_restore(flags);
	return ret;
}

int wake_up_process(struct task_struct *p)
{
	return wake_up_state(p, TASK_NORMAL);
}
EXPORT_SYMBOL(wake_up_process);

void wake_up_new_task(struct task_struct *p)
{
	unsigned long flags;

	local_irq_save(flags);
	p->__state = TASK_RUNNING;
	enqueue_task(p);
	local_irq_restore(flags);
}

void sched_fork(struct task_struct *p)
{
	p->__state = TASK_RUNNING;
	p->prio = p->static_prio = p->normal_prio = 120;
	p->sum_exec_runtime = p->prev_sum_exec_runtime = 0;
	p->prev_utime = p->prev_stime = 0;
	p->sched_contributes_to_load = 0;
	INIT_LIST_HEAD(&p->run_list);
}

/* What the running task has run since it was last looked at. */
static void update_curr(struct task_struct *curr, u64 now)
{
	if (now > curr->exec_start)
		curr->sum_exec_runtime += now - curr->exec_start;
	curr->exec_start = now;
}

/* The task we switched away from has died: drop the scheduler's reference. */
static void finish_task_switch(struct task_struct *prev)
{
	if (prev->__state == TASK_DEAD)
		put_task_struct(prev);
	local_irq_enable();
}

/* A new task's first switch ends in ret_from_fork, not in context_switch(). */
asmlinkage void schedule_tail(struct task_struct *prev)
{
	finish_task_switch(prev);
}

static void context_switch(struct task_struct *prev, struct task_struct *next)
{
	struct mm_struct *oldmm = prev->active_mm;
	u64 now = sched_clock();

	if (next->mm) {
		next->active_mm = next->mm;
		switch_mm(oldmm, next->mm, next);
	} else {
		next->active_mm = oldmm;
	}
	update_curr(prev, now);
	next->exec_start = now;
	next->prev_sum_exec_runtime = next->sum_exec_runtime;
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
	dequeue_task(next);
	return next;
}

/* Sleeping where nothing may sleep: Linux's report, then no sleep (see below). */
static noinline void __schedule_bug(struct task_struct *prev)
{
	printk(KERN_ERR "BUG: scheduling while atomic: %s/%d/0x%08x\n",
	       prev->comm, prev->pid, preempt_count());
	print_modules();
	dump_stack();
	add_taint(TAINT_WARN, LOCKDEP_STILL_OK);
}

/*
 * Give up the CPU: to the next runnable task, or the idle task. A task
 * still TASK_RUNNING goes to the back of the queue. Returns with
 * interrupts enabled, as Linux's. In interrupt context there is no task
 * to put to sleep: after the report Linux schedules anyway and comes to
 * grief later; this kernel returns at once instead.
 */
static void __schedule(void)
{
	struct task_struct *prev = current, *next;

	if (unlikely(in_atomic())) {
		__schedule_bug(prev);
		if (in_interrupt())
			return;
	}
	tty_poll_input();
	if (local_softirq_pending())
		do_softirq();
	local_irq_disable();
	clear_tsk_thread_flag(prev, TIF_NEED_RESCHED);
	rcu_note_context_switch();
	/* A signal that would interrupt the sleep cancels it, as in Linux. */
	if (prev->__state && signal_pending_state(prev->__state, prev))
		prev->__state = TASK_RUNNING;
	/* Still runnable: back of the queue. A sleeper is off it until woken. */
	if (prev->__state == TASK_RUNNING) {
		enqueue_task(prev);
	} else {
		dequeue_task(prev);
		if ((prev->__state & TASK_UNINTERRUPTIBLE) && !(prev->__state & TASK_NOLOAD) &&
		    !prev->sched_contributes_to_load) {
			prev->sched_contributes_to_load = 1;
			nr_uninterruptible++;
		}
	}
	next = pick_next_task();
	if (next == prev) {
		local_irq_enable();
		return;
	}
	if (prev->__state == TASK_RUNNING)
		prev->nivcsw++;
	else
		prev->nvcsw++;
	context_switch(prev, next);
}

/*
 * A workqueue worker that goes to sleep while busy lets its pool start
 * another (kernel/workqueue.c), and counts as busy again once back.
 */
void schedule(void)
{
	struct task_struct *tsk = current;
	bool worker = (tsk->flags & PF_WQ_WORKER) && !in_interrupt();

	if (worker && tsk->__state)
		wq_worker_sleeping(tsk);
	__schedule();
	if (worker)
		wq_worker_running(tsk);
}
EXPORT_SYMBOL(schedule);

/* Nice level: what /proc shows; this scheduler's queue is round-robin. */
void set_user_nice(struct task_struct *p, long nice)
{
	if (nice < -20 || nice > 19)
		return;
	p->static_prio = 120 + nice;
	p->normal_prio = p->prio = p->static_prio;
}
EXPORT_SYMBOL(set_user_nice);

/* The idle task's way into schedule(): it is never on the queue itself. */
void schedule_idle(void)
{
	schedule();
}

/*
 * A voluntary preemption point (PREEMPT_VOLUNTARY's might_sleep() and
 * cond_resched() in module code): switch if the tick or a wake-up asked.
 */
int __cond_resched(void)
{
	if (need_resched() && !preempt_count()) {
		schedule();
		return 1;
	}
	rcu_all_qs();
	return 0;
}
EXPORT_SYMBOL(__cond_resched);

/*
 * The tick: charge the running task, and ask it to make room once it
 * has run its slice while others wait.
 */
void scheduler_tick(void)
{
	struct task_struct *curr = current;
	unsigned int nr = rq_queued + 1;
	u64 slice;

	update_curr(curr, sched_clock());
	if (curr == &init_task) {
		if (rq_queued)
			resched_curr();
		return;
	}
	if (!rq_queued)
		return;
	slice = SCHED_LATENCY_NS / nr;
	if (slice < SCHED_MIN_GRANULARITY_NS)
		slice = SCHED_MIN_GRANULARITY_NS;
	if (curr->sum_exec_runtime - curr->prev_sum_exec_runtime >= slice)
		resched_curr();
}

/* The running task's run time, up to now. */
u64 task_sched_runtime(struct task_struct *p)
{
	unsigned long flags;
	u64 ns;

	local_irq_save(flags);
	if (p == current)
		update_curr(p, sched_clock());
	ns = p->sum_exec_runtime;
	local_irq_restore(flags);
	return ns;
}

/* Tasks waiting for the CPU (not counting the one on it). */
unsigned long nr_running(void)
{
	return READ_ONCE(rq_queued);
}

/* Tasks counting towards the load: runnable (the running one too) and in D state. */
unsigned long nr_active_for_load(void)
{
	return rq_queued + (current != &init_task) + nr_uninterruptible;
}

/* What the boot task becomes once PID 1 exists: the idle loop. */
void cpu_startup_entry(void)
{
	for (;;)
		do_idle();
}
