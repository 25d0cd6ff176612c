// SPDX-License-Identifier: GPL-2.0
/*
 * RCU for one CPU, with what modules see of Linux 6.1's Tree RCU
 * (CONFIG_TREE_RCU, not preemptible): call_rcu() callbacks run once the
 * CPU has passed through a quiescent state after they were queued - a
 * context switch, a voluntary preemption point (cond_resched()), idle,
 * user mode - in the order they were queued; synchronize_rcu() returns
 * at once (Linux 6.1's waits for a grace period the tick drives, even on
 * one CPU: 10 ms on Debian's armmp under QEMU), and counts
 * as a grace period for the polling interface; rcu_barrier() waits
 * until every callback queued before it has run.
 *
 * Callbacks are kept as Linux's segmented list in two segments: those
 * whose grace period has ended (ready) and those still waiting for one.
 * As in Linux, ready callbacks are invoked from RCU_SOFTIRQ, raised when
 * a quiescent state makes some ready: in schedule(), the idle loop, at
 * cond_resched(), and on a tick that interrupted user space or idle.
 */
#include <linux/kernel.h>
#include <linux/completion.h>
#include <linux/export.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/mutex.h>
#include <linux/preempt.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/spinlock.h>

static struct rcu_head *cblist;			/* oldest first */
static struct rcu_head **ready_tail = &cblist;	/* end of the ready ones */
static struct rcu_head **cblist_tail = &cblist;
static unsigned long gp_seq;			/* grace periods ended */

/* kfree_rcu(): the "function" is the rcu_head's offset in the object. */
#define KVFREE_RCU_OFFSET_MAX	4096
static bool is_kvfree_rcu_offset(rcu_callback_t func)
{
	return (unsigned long)func < KVFREE_RCU_OFFSET_MAX;
}

static void __call_rcu(struct rcu_head *head, rcu_callback_t func)
{
	unsigned long flags;

	head->func = func;
	head->next = NULL;
	local_irq_save(flags);
	*cblist_tail = head;
	cblist_tail = &head->next;
	local_irq_restore(flags);
}

void call_rcu(struct rcu_head *head, rcu_callback_t func)
{
	__call_rcu(head, func);
}
EXPORT_SYMBOL_GPL(call_rcu);

/* The CPU passed a quiescent state: a grace period ends for all queued. */
static void rcu_qs(void)
{
	unsigned long flags;

	local_irq_save(flags);
	ready_tail = cblist_tail;
	gp_seq++;
	if (ready_tail != &cblist)
		raise_softirq_irqoff(RCU_SOFTIRQ);
	local_irq_restore(flags);
}

void rcu_note_context_switch(void)
{
	rcu_qs();
}

/* cond_resched()'s report: the caller holds no RCU read-side lock. */
void rcu_all_qs(void)
{
	rcu_qs();
}
EXPORT_SYMBOL_GPL(rcu_all_qs);

/* For the scheduling-clock tick: an interrupted user or idle CPU is quiescent. */
void rcu_sched_clock_irq(int user)
{
	if (user || current == &init_task)
		rcu_qs();
}

/* RCU_SOFTIRQ: invoke the callbacks whose grace period has ended, oldest first. */
static void rcu_core_si(struct softirq_action *unused)
{
	struct rcu_head *list, *next;
	unsigned long flags;

	local_irq_save(flags);
	if (ready_tail == &cblist) {
		local_irq_restore(flags);
		return;
	}
	list = cblist;
	cblist = *ready_tail;
	*ready_tail = NULL;
	if (cblist_tail == ready_tail)
		cblist_tail = &cblist;
	ready_tail = &cblist;
	local_irq_restore(flags);

	for (; list; list = next) {
		next = list->next;
		if (is_kvfree_rcu_offset(list->func))
			kvfree((void *)list - (unsigned long)list->func);
		else
			list->func(list);
	}
}

void __init rcu_init(void)
{
	open_softirq(RCU_SOFTIRQ, rcu_core_si);
}

void synchronize_rcu(void)
{
	might_sleep();
	rcu_qs();
}
EXPORT_SYMBOL_GPL(synchronize_rcu);

void synchronize_rcu_expedited(void)
{
	synchronize_rcu();
}
EXPORT_SYMBOL_GPL(synchronize_rcu_expedited);

/*
 * kfree_rcu(): with an rcu_head in the object, free it after a grace
 * period; without one (head NULL, func is the object), wait for a grace
 * period here, which only sleepable callers may do.
 */
void kvfree_call_rcu(struct rcu_head *head, rcu_callback_t func)
{
	if (!head) {
		might_sleep();
		synchronize_rcu();
		kvfree((void *)func);
		return;
	}
	__call_rcu(head, func);
}
EXPORT_SYMBOL_GPL(kvfree_call_rcu);

static DEFINE_MUTEX(barrier_mutex);
static DECLARE_COMPLETION(barrier_completion);
static struct rcu_head barrier_head;

static void rcu_barrier_callback(struct rcu_head *unused)
{
	complete(&barrier_completion);
}

/* Wait until every callback queued before now has been invoked. */
void rcu_barrier(void)
{
	mutex_lock(&barrier_mutex);
	if (READ_ONCE(cblist)) {
		reinit_completion(&barrier_completion);
		__call_rcu(&barrier_head, rcu_barrier_callback);
		wait_for_completion(&barrier_completion);
	}
	mutex_unlock(&barrier_mutex);
}
EXPORT_SYMBOL_GPL(rcu_barrier);

/* Polling: a cookie is the grace period that must end; 0 is never given. */
unsigned long get_state_synchronize_rcu(void)
{
	return READ_ONCE(gp_seq) + 1;
}
EXPORT_SYMBOL_GPL(get_state_synchronize_rcu);

unsigned long start_poll_synchronize_rcu(void)
{
	return get_state_synchronize_rcu();
}
EXPORT_SYMBOL_GPL(start_poll_synchronize_rcu);

bool poll_state_synchronize_rcu(unsigned long oldstate)
{
	return (long)(READ_ONCE(gp_seq) - oldstate) >= 0;
}
EXPORT_SYMBOL_GPL(poll_state_synchronize_rcu);

void cond_synchronize_rcu(unsigned long oldstate)
{
	if (!poll_state_synchronize_rcu(oldstate))
		synchronize_rcu();
}
EXPORT_SYMBOL_GPL(cond_synchronize_rcu);
