// SPDX-License-Identifier: GPL-2.0
/*
 * The queued spinlock's slow path (<linux/spinlock.h>): reached only by
 * a lock found taken. On one CPU the holder cannot run while we spin
 * (Debian's PREEMPT_VOLUNTARY kernel does not preempt kernel code, and
 * an interrupt handler would not take a lock its own CPU holds), so this
 * spins for good, as Linux on one CPU would: a deadlock in the caller.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/compiler.h>
#include <linux/spinlock.h>

void queued_spin_lock_slowpath(struct qspinlock *lock, u32 val)
{
	while (!arch_spin_trylock(lock))
		asm volatile("yield" ::: "memory");
}
EXPORT_SYMBOL(queued_spin_lock_slowpath);
