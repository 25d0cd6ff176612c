/* SPDX-License-Identifier: GPL-2.0 */
/*
 * RCU as Debian's kernel has it (Tree RCU, not preemptible): a read-side
 * section is a stretch of code that does not sleep, so any context
 * switch, voluntary preemption point, idle or user-mode stretch of the
 * CPU is a quiescent state; with one CPU a grace period is a pass
 * through one. rcu_read_lock() is inline and empty in module code.
 */
#ifndef _LINUX_RCUPDATE_H
#define _LINUX_RCUPDATE_H

#include <linux/compiler.h>
#include <linux/module_abi.h>

struct callback_head {
	struct callback_head *next;
	void (*func)(struct callback_head *head);
} __aligned(sizeof(void *));
#define rcu_head callback_head

abi_check_size(callback_head);
abi_check_field(callback_head, next);
abi_check_field(callback_head, func);

typedef void (*rcu_callback_t)(struct rcu_head *head);

void call_rcu(struct rcu_head *head, rcu_callback_t func);
void kvfree_call_rcu(struct rcu_head *head, rcu_callback_t func);
void synchronize_rcu(void);
void synchronize_rcu_expedited(void);
void rcu_barrier(void);
unsigned long get_state_synchronize_rcu(void);
unsigned long start_poll_synchronize_rcu(void);
bool poll_state_synchronize_rcu(unsigned long oldstate);
void cond_synchronize_rcu(unsigned long oldstate);

/* Quiescent states and callback processing (kernel/rcu/tree.c). */
void rcu_note_context_switch(void);
void rcu_all_qs(void);
void rcu_sched_clock_irq(int user);
void rcu_init(void);

#define rcu_read_lock()		barrier()
#define rcu_read_unlock()	barrier()
#define rcu_dereference(p)	READ_ONCE(p)
#define rcu_assign_pointer(p, v) __atomic_store_n(&(p), (v), __ATOMIC_RELEASE)

#endif
