// SPDX-License-Identifier: GPL-2.0
/*
 * Spinlocks are inline in module code (6.1's queued spinlock: a 32-bit
 * word, 0 when free, the locked byte set by a compare-and-swap); only a
 * lock found taken reaches the slow path. With one CPU and no kernel
 * preemption the holder cannot run meanwhile, so this spins for good,
 * as Linux on one CPU would: a deadlock in the module.
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/compiler.h>

#define _Q_LOCKED_VAL	1U

struct qspinlock {
	u32 val;
};

void queued_spin_lock_slowpath(struct qspinlock *lock, u32 val)
{
	/* interrupt handlers take no module lock: nothing races this */
	while (READ_ONCE(lock->val))
		asm volatile("yield" ::: "memory");
	lock->val = _Q_LOCKED_VAL;
}
EXPORT_SYMBOL(queued_spin_lock_slowpath);
